package dev.migrate.command;

import dev.migrate.database.DatabaseSettings;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What every goal needs: the database, the revision folder, the schema and the version table.
 *
 * @param database     where to connect; its URL may be absent for goals that can run without a database
 * @param directory    the revision folder ({@code migrations/versions})
 * @param schema       the schema to migrate, or null for the connection's current schema
 * @param versionTable the version table's name ({@code migrate_version})
 * @param lockTimeout  how long to wait for another run's lock; negative waits forever
 * @param cacheDirectory where parsed revision files and the entities' schema are kept between runs
 *                       ({@code target/migrate}), or null for none
 */
public record MigrateSettings(DatabaseSettings database, Path directory, String schema, String versionTable,
                              Duration lockTimeout, Path cacheDirectory) {

    public static final String DEFAULT_VERSION_TABLE = "migrate_version";

    public MigrateSettings {
        versionTable = versionTable == null || versionTable.isBlank() ? DEFAULT_VERSION_TABLE : versionTable;
        schema = schema == null || schema.isBlank() ? null : schema;
        lockTimeout = lockTimeout == null ? Duration.ofMinutes(10) : lockTimeout;
    }

    /** Settings without a cache: every run reads and computes everything. */
    public MigrateSettings(DatabaseSettings database, Path directory, String schema, String versionTable,
                           Duration lockTimeout) {
        this(database, directory, schema, versionTable, lockTimeout, null);
    }

    public boolean hasDatabase() {
        return database != null && database.url() != null && !database.url().isBlank();
    }
}
