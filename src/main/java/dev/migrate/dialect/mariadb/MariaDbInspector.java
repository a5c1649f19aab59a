package dev.migrate.dialect.mariadb;

import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.CatalogStatements;
import dev.migrate.dialect.CatalogInspector;
import dev.migrate.dialect.Jdbc;
import dev.migrate.dialect.NamespaceReads;
import dev.migrate.dialect.Scratch;
import dev.migrate.dialect.ScriptSchemas;
import dev.migrate.schema.Schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads MariaDB's and MySQL's catalog, where a schema is a database; Hibernate's script is read back from a scratch
 * database on the same server, dropped afterwards.
 */
final class MariaDbInspector extends CatalogInspector {

    MariaDbInspector(Dialect dialect) {
        super(dialect, new CatalogStatements("select database()",
                "select 1 from information_schema.schemata where schema_name = ?", "create database if not exists ",
                "use ", "select 1 from information_schema.tables where table_schema = ? and table_name = ?"),
                new MariaDbSchemaReader());
    }

    /**
     * A scratch database on the same server, dropped afterwards (the user needs the right to create one), and one
     * more for each database the script names, its qualified names rewritten to the scratch one.
     */
    @Override
    public Schema readScratch(Connection connection, List<String> ddl) throws SQLException {
        String live = currentSchema(connection);
        String scratch = Scratch.name();
        Set<String> named = ScriptSchemas.named(ddl, dialect);
        Map<String, String> scratchFor = new LinkedHashMap<>();
        Map<String, String> schemaOf = new LinkedHashMap<>();
        for (String schema : named) {
            String database = scratch + "_" + (scratchFor.size() + 1);
            scratchFor.put(schema, database);
            schemaOf.put(database, schema);
        }
        Jdbc.execute(connection, "create database " + scratch);
        try {
            for (String database : schemaOf.keySet()) {
                Jdbc.execute(connection, "create database " + database);
            }
            Jdbc.execute(connection, "use " + scratch);
            List<String> script = named.isEmpty() ? ddl
                    : ScriptSchemas.rewrite(NamespaceReads.withoutSchemaCreation(ddl, named, dialect), scratchFor,
                    dialect);
            Scratch.run(connection, script, dialect.name(), false);
            return NamespaceReads.read(schemaReader(), connection, scratch, Set.of(), schemaOf);
        } finally {
            // foreign keys between the scratch databases would refuse to drop the first one
            String checks = schemaOf.isEmpty() ? null
                    : Jdbc.queryString(connection, "select @@session.foreign_key_checks");
            if (checks != null) {
                Jdbc.execute(connection, "set session foreign_key_checks = 0");
            }
            for (String database : schemaOf.keySet()) {
                Jdbc.execute(connection, "drop database if exists " + database);
            }
            Jdbc.execute(connection, "drop database if exists " + scratch);
            if (checks != null) {
                Jdbc.execute(connection, "set session foreign_key_checks = " + Integer.parseInt(checks));
            }
            if (live != null) {
                Jdbc.execute(connection, "use " + identifier(live));
            }
        }
    }

    private String identifier(String stored) {
        return dialect.identifier(stored);
    }
}
