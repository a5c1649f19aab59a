package dev.migrate.dialect.h2;

import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.Inspector;
import dev.migrate.dialect.Jdbc;
import dev.migrate.dialect.NamespaceReads;
import dev.migrate.dialect.Quoting;
import dev.migrate.dialect.SchemaReader;
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
final class H2Inspector implements Inspector {

    private final Dialect dialect;

    H2Inspector(Dialect dialect) {
        this.dialect = dialect;
    }

    @Override
    public Quoting quoting() {
        return dialect;
    }

    @Override
    public String currentSchema(Connection connection) throws SQLException {
        return Jdbc.queryString(connection, "select current_schema");
    }

    @Override
    public boolean schemaExists(Connection connection, String schema) throws SQLException {
        return Jdbc.exists(connection, "select 1 from information_schema.schemata where schema_name = ?", schema);
    }

    @Override
    public void createSchema(Connection connection, String schema) throws SQLException {
        Jdbc.execute(connection, "create schema if not exists " + dialect.identifier(schema));
    }

    @Override
    public void useSchema(Connection connection, String schema) throws SQLException {
        Jdbc.execute(connection, "set schema " + dialect.identifier(schema));
    }

    @Override
    public boolean tableExists(Connection connection, String schema, String table) throws SQLException {
        return Jdbc.exists(connection, "select 1 from information_schema.tables where table_schema = ? and "
                + "table_name = ?", schema, table);
    }

    private final SchemaReader reader = new H2SchemaReader();

    @Override
    public SchemaReader schemaReader() {
        return reader;
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
            return NamespaceReads.read(reader, scratch, currentSchema(scratch), Set.of(),
                    NamespaceReads.same(named));
        }
    }
}
