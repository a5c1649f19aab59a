package dev.migrate.runner;

import dev.migrate.MigrateException;

/** A statement of a revision failed; the message says where and what state the database is left in. */
public final class MigrationFailedException extends MigrateException {

    public MigrationFailedException(String message) {
        super(Kind.PROJECT, message);
    }
}
