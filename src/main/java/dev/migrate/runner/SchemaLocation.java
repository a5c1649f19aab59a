package dev.migrate.runner;

import dev.migrate.database.DatabaseSettings;

/**
 * Where a {@link SchemaRunner} runs: a database, a schema in it and the version table (with its history table beside
 * it). A fleet has one per tenant.
 *
 * @param database     where and as whom to connect
 * @param schema       the schema, or null for the connection's current schema
 * @param versionTable the version table's name ({@code migrate_version})
 */
public record SchemaLocation(DatabaseSettings database, String schema, String versionTable) {
}
