package dev.migrate.runner;

/**
 * One member of a fleet: a schema (a database on MariaDB) of the fleet's database, or a database of its own from a
 * targets file. Its name is what the summary prints and what {@link Shard} hashes.
 *
 * @param name     the schema's name as the catalog stores it, or the database's URL with its password masked
 * @param schema   the schema to migrate, or null for a targets-file database (then {@code migrate.schema} applies)
 * @param url      the JDBC URL of a targets-file database, or null for a schema of the fleet's database
 * @param serverId the settings.xml server whose credentials a targets-file line names, or null
 */
public record Tenant(String name, String schema, String url, String serverId) {

    /** A schema (MariaDB: a database) of the fleet's database. */
    public static Tenant schema(String name) {
        return new Tenant(name, name, null, null);
    }
}
