package dev.migrate.dialect.postgres;

import dev.migrate.Digests;
import dev.migrate.Output;
import dev.migrate.change.Change;
import dev.migrate.change.Warnings;
import dev.migrate.dialect.SchemaReader;
import dev.migrate.revision.SqlFlavor;
import dev.migrate.schema.Namespaces;
import dev.migrate.schema.Schema;
import dev.migrate.dialect.Jdbc;
import dev.migrate.dialect.Identifiers;
import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.PollingLock;
import dev.migrate.dialect.TemporaryScript;
import dev.migrate.dialect.ScriptSchemas;
import dev.migrate.dialect.NamespaceReads;
import dev.migrate.dialect.OfflineStartCheck;
import dev.migrate.dialect.MigrationLock;
import dev.migrate.dialect.ComparedSchemas;
import dev.migrate.dialect.ChangeRenderer;
import dev.migrate.dialect.Scratch;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/** PostgreSQL: transactional DDL, lower-case folding, a session-level advisory lock. */
public class PostgresDialect implements Dialect {

    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_$]*");

    @Override
    public String name() {
        return "PostgreSQL";
    }

    @Override
    public String hibernateProductName() {
        return "PostgreSQL";
    }

    @Override
    public SqlFlavor flavor() {
        return SqlFlavor.POSTGRESQL;
    }

    /**
     * WAL is flushed in order, so a synchronous commit also flushes the ones before it. "on" rather than the
     * session's default, which a database or role may have set to off.
     */
    @Override
    public String[] earlyCommits() {
        return new String[] {"SET synchronous_commit TO off", "SET synchronous_commit TO on"};
    }

    /** The WAL writer flushes asynchronous commits within wal_writer_delay: waits until it has passed this one's. */
    @Override
    public void awaitDurable(Connection connection) throws SQLException {
        String written = Jdbc.queryString(connection, "select pg_current_wal_insert_lsn()::text");
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!Jdbc.queryBoolean(connection, "select pg_current_wal_flush_lsn() >= ?::pg_lsn", written)) {
            if (System.nanoTime() > deadline) {
                throw new SQLException("the write-ahead log was not flushed past " + written + " within 10 s");
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("interrupted while waiting for the write-ahead log flush");
            }
        }
    }

    @Override
    public String[] transactionClock() {
        return new String[] {"now()", "(extract(epoch from clock_timestamp() - now()) * 1000)::bigint"};
    }

    @Override
    public boolean transactionalDdl() {
        return true;
    }

    @Override
    public String fold(String unquoted) {
        return unquoted.toLowerCase(Locale.ROOT);
    }

    @Override
    public String identifier(String stored) {
        return Identifiers.write(stored, PLAIN, '"');
    }

    @Override
    public String currentSchema(Connection connection) throws SQLException {
        return Jdbc.queryString(connection, "select current_schema()");
    }

    @Override
    public boolean schemaExists(Connection connection, String schema) throws SQLException {
        return Jdbc.exists(connection, "select 1 from pg_catalog.pg_namespace where nspname = ?", schema);
    }

    @Override
    public void createSchema(Connection connection, String schema) throws SQLException {
        Jdbc.execute(connection, "create schema if not exists " + identifier(schema));
    }

    @Override
    public void useSchema(Connection connection, String schema) throws SQLException {
        Jdbc.execute(connection, "set search_path to " + identifier(schema));
    }

    @Override
    public boolean tableExists(Connection connection, String schema, String table) throws SQLException {
        return Jdbc.exists(connection, "select 1 from pg_catalog.pg_class c join pg_catalog.pg_namespace n"
                + " on n.oid = c.relnamespace where n.nspname = ? and c.relname = ? and c.relkind in ('r', 'p')",
                schema, table);
    }

    @Override
    public Set<String> tableColumns(Connection connection, String schema, String table)
            throws SQLException {
        return new HashSet<>(Jdbc.column(connection, "select a.attname from pg_catalog.pg_attribute a"
                + " join pg_catalog.pg_class c on c.oid = a.attrelid join pg_catalog.pg_namespace n"
                + " on n.oid = c.relnamespace where n.nspname = ? and c.relname = ? and c.relkind in ('r', 'p')"
                + " and a.attnum > 0 and not a.attisdropped", schema, table));
    }

    @Override
    public String createVersionTable(String schema, String table) {
        return "CREATE TABLE IF NOT EXISTS " + qualified(schema, table) + " (version_num VARCHAR(32) NOT NULL, "
                + "CONSTRAINT " + identifier(table + "_pkc") + " PRIMARY KEY (version_num))";
    }

    @Override
    public String createHistoryTable(String schema, String table) {
        return "CREATE TABLE IF NOT EXISTS " + qualified(schema, table) + " ("
                + "id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
                + "revision VARCHAR(32) NOT NULL, direction VARCHAR(16) NOT NULL, checksum VARCHAR(64), "
                + "message VARCHAR(500), applied_by VARCHAR(128) NOT NULL, host VARCHAR(255), "
                + "started_at TIMESTAMP WITH TIME ZONE NOT NULL, duration_ms BIGINT NOT NULL, "
                + "status VARCHAR(16), statements_done INT, statements_total INT)";
    }

    @Override
    public MigrationLock lock(Connection connection, String schema, String versionTable, Duration timeout,
                              Output output) {
        long id = lockId(schema, versionTable);
        return PollingLock.acquire(timeout, output,
                () -> Jdbc.queryBoolean(connection, "select pg_try_advisory_lock(?)", id),
                () -> holder(connection, id),
                () -> Jdbc.queryBoolean(connection, "select pg_advisory_unlock(?)", id));
    }

    /**
     * With a schema, the key as a number; without one, the same key computed by the server from
     * {@code current_schema()}, which is what an online run locks when no schema is set (PostgreSQL 11+).
     */
    @Override
    public String[] offlineLock(String schema, String versionTable) {
        String id = schema != null ? String.valueOf(lockId(schema, versionTable))
                : "('x' || left(encode(sha256(convert_to('migrate:' || current_schema() || "
                + literal("." + versionTable) + ", 'UTF8')), 'hex'), 16))::bit(64)::bigint";
        return new String[] {"SELECT pg_advisory_lock(" + id + ");", "SELECT pg_advisory_unlock(" + id + ");"};
    }

    @Override
    public String offlineStartCheck(String schema, String versionTable, OfflineStartCheck check) {
        String table = qualified(schema, versionTable);
        String expected = check.expectedHeads().isEmpty() ? "heads IS NOT NULL"
                : "heads IS DISTINCT FROM " + literal(check.expectedHeads());
        return "DO $migrate$\nDECLARE\n  heads text;\nBEGIN\n"
                + "  IF to_regclass(" + literal(table) + ") IS NOT NULL THEN\n"
                + "    EXECUTE " + literal("SELECT string_agg(version_num, ', ' ORDER BY version_num) FROM " + table)
                + " INTO heads;\n  END IF;\n"
                + "  IF " + expected + " THEN\n"
                + "    RAISE EXCEPTION '%', " + literal(check.messageBefore()) + " || coalesce(heads, 'base') || "
                + literal(check.messageAfter()) + ";\n  END IF;\nEND\n$migrate$;";
    }

    private static String holder(Connection connection, long id) throws SQLException {
        String sql = "select a.application_name, a.usename, a.client_addr, a.pid, a.backend_start"
                + " from pg_catalog.pg_locks l join pg_catalog.pg_stat_activity a on a.pid = l.pid"
                + " where l.locktype = 'advisory' and l.granted and l.classid::bigint = ? and l.objid::bigint = ?"
                + " and l.objsubid = 1";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setLong(1, id >>> 32);
            ps.setLong(2, id & 0xffffffffL);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return "another session (it just released it)";
                }
                String app = rs.getString(1);
                return (app == null || app.isBlank() ? "session" : "'" + app + "'") + " (database user "
                        + rs.getString(2) + ", server pid " + rs.getInt(4) + ", connected since "
                        + rs.getTimestamp(5).toInstant() + ")";
            }
        }
    }

    /** The advisory lock's 64-bit key: the first eight bytes of the SHA-256 of the version table's name. */
    static long lockId(String schema, String versionTable) {
        String key = "migrate:" + (schema == null ? "" : schema) + "." + versionTable;
        return ByteBuffer.wrap(Digests.sha256(key)).getLong();
    }

    private final ChangeRenderer renderer = new PostgresRenderer(this);
    private final SchemaReader reader = new PostgresSchemaReader();

    @Override
    public SchemaReader schemaReader() {
        return reader;
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
            Schema live = liveSchema == null ? Schema.empty() : reader.read(connection, liveSchema, own);
            List<String> script = ddl == null ? null : ddl.get();
            String scratch = Scratch.name();
            Jdbc.execute(connection, "create schema " + scratch);
            PostgresChecks checks = new PostgresChecks(this, scratch);
            Schema desired = null;
            Set<String> covered = new TreeSet<>(schemas);
            if (script != null) {
                String searchPath = Jdbc.queryString(connection, "show search_path");
                Jdbc.execute(connection, "set local search_path to " + scratch
                        + (searchPath == null || searchPath.isBlank() ? "" : ", " + searchPath));
                Set<String> named = ScriptSchemas.named(script, this);
                Map<String, String> scratchFor = new LinkedHashMap<>();
                Map<String, String> schemaOf = new LinkedHashMap<>();
                for (String schema : named) {
                    String namespace = scratch + "_" + (scratchFor.size() + 1);
                    Jdbc.execute(connection, "create schema " + namespace);
                    scratchFor.put(schema, namespace);
                    schemaOf.put(namespace, schema);
                }
                String namespace = runScript(connection, named.isEmpty() ? script : ScriptSchemas.rewrite(
                        NamespaceReads.withoutSchemaCreation(script, named, this), scratchFor, this), scratch);
                Map<String, Schema> parts = new LinkedHashMap<>();
                parts.put(namespace, reader.read(connection, namespace, Set.of()));
                for (String part : schemaOf.keySet()) {
                    parts.put(part, reader.read(connection, part, Set.of()));
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
                        Schema part = reader.read(connection, schema, Set.of());
                        checks.add(part, schema);
                        parts.put(schema, part);
                    }
                }
                live = NamespaceReads.readNamed(reader, connection, liveSchema, parts, Map.of());
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
        Scratch.run(connection, script, name(), true);
        return scratch;
    }

    @Override
    public Warnings.Rules warningRules() {
        return Warnings.Rules.POSTGRESQL;
    }

    @Override
    public List<String> render(Change change) {
        return renderer.render(change);
    }
}
