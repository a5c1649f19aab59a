package dev.migrate.dialect.postgres;

import dev.migrate.dialect.ComparedSchemas;
import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.CatalogStatements;
import dev.migrate.dialect.CatalogInspector;
import dev.migrate.dialect.Jdbc;
import dev.migrate.dialect.NamespaceReads;
import dev.migrate.dialect.Scratch;
import dev.migrate.dialect.ScriptSchemas;
import dev.migrate.dialect.TemporaryScript;
import dev.migrate.schema.Namespaces;
import dev.migrate.schema.Schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Reads PostgreSQL's catalog; Hibernate's script is read back from a temporary schema inside a transaction that is
 * rolled back, and checks on both sides are respelled by the server ({@link PostgresChecks}).
 */
final class PostgresInspector extends CatalogInspector {

    PostgresInspector(Dialect dialect) {
        super(dialect, new CatalogStatements("select current_schema()",
                "select 1 from pg_catalog.pg_namespace where nspname = ?", "create schema if not exists ",
                "set search_path to ", "select 1 from pg_catalog.pg_class c join pg_catalog.pg_namespace n"
                + " on n.oid = c.relnamespace where n.nspname = ? and c.relname = ? and c.relkind in ('r', 'p')"),
                new PostgresSchemaReader());
    }

    @Override
    public Set<String> tableColumns(Connection connection, String schema, String table)
            throws SQLException {
        return new HashSet<>(Jdbc.column(connection, "select a.attname from pg_catalog.pg_attribute a"
                + " join pg_catalog.pg_class c on c.oid = a.attrelid join pg_catalog.pg_namespace n"
                + " on n.oid = c.relnamespace where n.nspname = ? and c.relname = ? and c.relkind in ('r', 'p')"
                + " and a.attnum > 0 and not a.attisdropped", schema, table));
    }


    /** The live schema with its checks respelled in a scratch schema, in a transaction that is rolled back. */
    @Override
    public Schema readLiveForComparison(Connection connection, String liveSchema, Set<String> own)
            throws SQLException {
        return inScratch(connection, liveSchema, own, Set.of(), null).live();
    }

    @Override
    public Schema readLiveForComparison(Connection connection, String liveSchema, Set<String> own,
                                        Set<String> schemas) throws SQLException {
        return inScratch(connection, liveSchema, own, schemas, null).live();
    }

    /** A temporary schema inside a transaction that is rolled back: nothing remains, no second database. */
    @Override
    public Schema readScratch(Connection connection, List<String> ddl) throws SQLException {
        return inScratch(connection, null, Set.of(), Set.of(), () -> ddl).desired();
    }

    @Override
    public ComparedSchemas readForComparison(Connection connection, String liveSchema, Set<String> own,
                                             Supplier<List<String>> ddl) throws SQLException {
        return inScratch(connection, liveSchema, own, Set.of(), ddl);
    }

    @Override
    public ComparedSchemas readForComparison(Connection connection, String liveSchema, Set<String> own,
                                             Set<String> schemas, Supplier<List<String>> ddl) throws SQLException {
        return inScratch(connection, liveSchema, own, schemas, ddl);
    }

    /**
     * In one transaction that is rolled back: reads the live schema (unless {@code liveSchema} is null), applies the
     * DDL (unless {@code ddl} is null) in a scratch schema placed first on the search path and reads it, and respells
     * every check of both through {@link PostgresChecks}, in the scratch schema. The objects the script places in
     * a named schema go to a scratch schema of their own (its qualified names rewritten); the live side covers
     * those schemas and {@code schemas}.
     */
    private ComparedSchemas inScratch(Connection connection, String liveSchema, Set<String> own,
                                      Set<String> schemas, Supplier<List<String>> ddl) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            Schema live = liveSchema == null ? Schema.empty() : schemaReader().read(connection, liveSchema, own);
            List<String> script = ddl == null ? null : ddl.get();
            String scratch = Scratch.name();
            Jdbc.execute(connection, "create schema " + scratch);
            PostgresChecks checks = new PostgresChecks(dialect, scratch);
            Schema desired = null;
            Set<String> covered = new TreeSet<>(schemas);
            if (script != null) {
                String searchPath = Jdbc.queryString(connection, "show search_path");
                Jdbc.execute(connection, "set local search_path to " + scratch
                        + (searchPath == null || searchPath.isBlank() ? "" : ", " + searchPath));
                Set<String> named = ScriptSchemas.named(script, dialect);
                Map<String, String> scratchFor = new LinkedHashMap<>();
                Map<String, String> schemaOf = new LinkedHashMap<>();
                for (String schema : named) {
                    String namespace = scratch + "_" + (scratchFor.size() + 1);
                    Jdbc.execute(connection, "create schema " + namespace);
                    scratchFor.put(schema, namespace);
                    schemaOf.put(namespace, schema);
                }
                String namespace = runScript(connection, named.isEmpty() ? script : ScriptSchemas.rewrite(
                        NamespaceReads.withoutSchemaCreation(script, named, dialect), scratchFor, dialect), scratch);
                Map<String, Schema> parts = new LinkedHashMap<>();
                parts.put(namespace, schemaReader().read(connection, namespace, Set.of()));
                for (String part : schemaOf.keySet()) {
                    parts.put(part, schemaReader().read(connection, part, Set.of()));
                }
                parts.forEach((part, read) -> checks.add(read, part));
                desired = NamespaceReads.defaultNamed(Namespaces.combine(parts,
                        part -> part.equals(namespace) ? null : schemaOf.getOrDefault(part, part)), liveSchema);
                covered.addAll(Namespaces.named(desired));
            }
            if (liveSchema != null) {
                checks.add(live, liveSchema);
                Map<String, Schema> parts = new LinkedHashMap<>();
                parts.put(liveSchema, live);
                for (String schema : covered) {
                    if (!schema.equals(liveSchema)) {
                        Schema part = schemaReader().read(connection, schema, Set.of());
                        checks.add(part, schema);
                        parts.put(schema, part);
                    }
                }
                live = NamespaceReads.readNamed(schemaReader(), connection, liveSchema, parts, Map.of());
            }
            var canonical = checks.run(connection);
            return new ComparedSchemas(PostgresChecks.respell(live, canonical),
                    desired == null ? null : PostgresChecks.respell(desired, canonical));
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
    }

    /**
     * Runs Hibernate's script with its tables and sequences made temporary ({@link TemporaryScript}) and returns the
     * session's temporary schema that now holds them. Where that cannot be done (a qualified name, no TEMPORARY
     * privilege, any failure), the plain script runs in {@code scratch}, which also names a failing statement.
     */
    private String runScript(Connection connection, List<String> script, String scratch) throws SQLException {
        List<String> temporary = TemporaryScript.of(script);
        if (temporary != null) {
            Savepoint before = connection.setSavepoint();
            try (Statement statement = connection.createStatement()) {
                Scratch.batch(statement, temporary);
                String namespace = Jdbc.queryString(connection,
                        "select nspname from pg_catalog.pg_namespace where oid = pg_catalog.pg_my_temp_schema()");
                return namespace == null ? scratch : namespace;
            } catch (SQLException e) {
                connection.rollback(before);
            }
        }
        Scratch.run(connection, script, dialect.name(), true);
        return scratch;
    }
}
