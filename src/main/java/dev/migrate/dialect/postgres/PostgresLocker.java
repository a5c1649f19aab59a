package dev.migrate.dialect.postgres;

import dev.migrate.Digests;
import dev.migrate.Output;
import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.Jdbc;
import dev.migrate.dialect.Locker;
import dev.migrate.dialect.MigrationLock;
import dev.migrate.dialect.OfflineLock;
import dev.migrate.dialect.OfflineStartCheck;
import dev.migrate.dialect.PollingLock;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/** PostgreSQL's migration lock: a session-level advisory lock keyed by the version table's name. */
final class PostgresLocker implements Locker {

    private final Dialect dialect;

    PostgresLocker(Dialect dialect) {
        this.dialect = dialect;
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

    /** A session-level advisory lock: only unlocking or closing the session releases it. */
    @Override
    public boolean survivesCommits() {
        return true;
    }

    /**
     * With a schema, the key as a number; without one, the same key computed by the server from
     * {@code current_schema()}, which is what an online run locks when no schema is set (PostgreSQL 11+).
     */
    @Override
    public OfflineLock offlineLock(String schema, String versionTable) {
        String id = schema != null ? String.valueOf(lockId(schema, versionTable))
                : "('x' || left(encode(sha256(convert_to('migrate:' || current_schema() || "
                + literal("." + versionTable) + ", 'UTF8')), 'hex'), 16))::bit(64)::bigint";
        return new OfflineLock("SELECT pg_advisory_lock(" + id + ");", "SELECT pg_advisory_unlock(" + id + ");");
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

    private String literal(String value) {
        return dialect.literal(value);
    }

    private String qualified(String schema, String name) {
        return dialect.qualified(schema, name);
    }
}
