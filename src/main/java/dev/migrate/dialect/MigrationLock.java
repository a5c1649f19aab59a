package dev.migrate.dialect;

/** A database-wide lock held by one run from start to end; closing releases it. */
public interface MigrationLock extends AutoCloseable {

    @Override
    void close();
}
