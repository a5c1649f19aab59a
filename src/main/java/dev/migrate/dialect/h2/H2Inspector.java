package dev.migrate.dialect.h2;

import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.CatalogStatements;
import dev.migrate.dialect.CatalogInspector;
import dev.migrate.dialect.NamespaceReads;
import dev.migrate.dialect.Scratch;
import dev.migrate.dialect.ScriptSchemas;
import dev.migrate.schema.Schema;
import org.h2.Driver;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * Reads H2's catalog; Hibernate's script is read back from a private in-memory database with the live database's
 * compatibility settings.
 */
final class H2Inspector extends CatalogInspector {

    H2Inspector(Dialect dialect) {
        super(dialect, new CatalogStatements("select current_schema",
                "select 1 from information_schema.schemata where schema_name = ?", "create schema if not exists ",
                "set schema ", "select 1 from information_schema.tables where table_schema = ? and table_name = ?"),
                new H2SchemaReader());
    }

    /**
     * A private in-memory database with the live database's compatibility settings, gone once closed; the schemas
     * the script names are created there under their own names.
     */
    @Override
    public Schema readScratch(Connection connection, List<String> ddl) throws SQLException {
        StringBuilder url = new StringBuilder("jdbc:h2:mem:").append(Scratch.name());
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("select setting_name, setting_value from "
                     + "information_schema.settings where setting_name in ('MODE', 'DATABASE_TO_LOWER', "
                     + "'DATABASE_TO_UPPER', 'CASE_INSENSITIVE_IDENTIFIERS', 'NON_KEYWORDS')")) {
            while (rs.next()) {
                String value = rs.getString(2);
                if (value != null && !value.isBlank()) {
                    url.append(';').append(rs.getString(1)).append('=').append(value.replace(";", ""));
                }
            }
        }
        try (Connection scratch = new Driver().connect(url.toString(), new Properties())) {
            Set<String> named = ScriptSchemas.named(ddl, dialect);
            for (String schema : named) {
                createSchema(scratch, schema);
            }
            Scratch.run(scratch, NamespaceReads.withoutSchemaCreation(ddl, named, dialect), dialect.name(), false);
            return NamespaceReads.read(schemaReader(), scratch, currentSchema(scratch), Set.of(),
                    NamespaceReads.same(named));
        }
    }
}
