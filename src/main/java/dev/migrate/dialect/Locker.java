package dev.migrate.dialect;

import dev.migrate.Output;

import java.sql.Connection;
import java.time.Duration;

/** The migration lock of one database, online and in offline scripts, and the check an offline script starts with. */
public interface Locker {

    /**
     * Takes the migration lock that guards {@code versionTable} on {@code connection} (a connection of its own, or
     * the run's work connection where {@link #survivesCommits}), waiting up to {@code timeout} (negative: forever).
     */
    MigrationLock lock(Connection connection, String schema, String versionTable, Duration timeout, Output output);

    /**
     * Whether the lock belongs to the database session rather than to a transaction, so that commits and rollbacks
     * on the connection that holds it keep it: then a run may hold it on its work connection and need no second
     * connection (a fleet's tenants do). False where the lock is an open transaction of its own (H2).
     */
    default boolean survivesCommits() {
        return false;
    }

    /**
     * The statements that take and release the lock in an offline script ({@link OfflineLock#NONE} where there are
     * none). They take the same lock as {@link #lock} for the same version table: with a null {@code schema} the
     * script works out the key from the schema its connection resolves unqualified names to, as an online run does.
     */
    default OfflineLock offlineLock(String schema, String versionTable) {
        return OfflineLock.NONE;
    }

    /**
     * The statements that stop an offline script, with an error naming what the database is at, unless the version
     * table holds exactly {@code check.expectedHeads()} (none: the table is empty or missing). Where
     * {@link #offlineCheckNeedsTables} is false, they run before the script creates or changes anything.
     */
    String offlineStartCheck(String schema, String versionTable, OfflineStartCheck check);

    /** Whether {@link #offlineStartCheck} can only run once the plugin's tables exist (H2 has no procedural SQL). */
    default boolean offlineCheckNeedsTables() {
        return false;
    }
}
