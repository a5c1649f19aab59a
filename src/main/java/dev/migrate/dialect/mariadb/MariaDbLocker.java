package dev.migrate.dialect.mariadb;

import dev.migrate.Digests;
import dev.migrate.Output;
import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.Jdbc;
import dev.migrate.dialect.Locker;
import dev.migrate.dialect.MigrationLock;
import dev.migrate.dialect.OfflineLock;
import dev.migrate.dialect.OfflineStartCheck;
import dev.migrate.dialect.PollingLock;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HexFormat;

/** MariaDB's and MySQL's migration lock: a named {@code GET_LOCK} held by the lock connection. */
final class MariaDbLocker implements Locker {

    private final Dialect dialect;

    MariaDbLocker(Dialect dialect) {
        this.dialect = dialect;
    }

    @Override
    public MigrationLock lock(Connection connection, String schema, String versionTable, Duration timeout,
                              Output output) {
        String name = lockName(schema, versionTable);
        return PollingLock.acquire(timeout, output,
                () -> Jdbc.queryBoolean(connection, "select get_lock(?, 0) = 1", name),
                () -> holder(connection, name),
                () -> Jdbc.queryBoolean(connection, "select release_lock(?)", name));
    }

    /** {@code GET_LOCK} belongs to the session: commits, rollbacks and implicit commits of DDL keep it. */
    @Override
    public boolean survivesCommits() {
        return true;
    }

    /**
     * How long an offline script waits for the lock: a year, as good as for ever. {@code GET_LOCK(name, -1)} means
     * "for ever" on MySQL, but MariaDB 10.11 returns NULL at once and takes no lock.
     */
    static final long OFFLINE_LOCK_WAIT_SECONDS = 365L * 24 * 3600;

    /**
     * Without a schema, the script names the lock from {@code DATABASE()}, as an online run does from the connection's
     * database, shortened the same way when long.
     */
    @Override
    public OfflineLock offlineLock(String schema, String versionTable) {
        if (schema != null) {
            String name = literal(lockName(schema, versionTable));
            return new OfflineLock("SELECT GET_LOCK(" + name + ", " + OFFLINE_LOCK_WAIT_SECONDS + ");",
                "SELECT RELEASE_LOCK(" + name + ");");
        }
        return new OfflineLock("SET @migrate_lock = CONCAT('migrate:', DATABASE(), " + literal("." + versionTable)
                + ");\nSET @migrate_lock = IF(CHAR_LENGTH(@migrate_lock) <= 64, @migrate_lock, "
                + "CONCAT('migrate:', LEFT(SHA2(@migrate_lock, 256), 40)));\n"
                + "SELECT GET_LOCK(@migrate_lock, " + OFFLINE_LOCK_WAIT_SECONDS + ");",
            "SELECT RELEASE_LOCK(@migrate_lock);");
    }

    /** A compound statement, under a client {@code DELIMITER} line as the {@code mariadb} client needs. */
    @Override
    public String offlineStartCheck(String schema, String versionTable, OfflineStartCheck check) {
        String inSchema = schema == null ? "DATABASE()" : literal(schema);
        String expected = check.expectedHeads().isEmpty() ? "NULL" : literal(check.expectedHeads());
        return "DELIMITER //\n\nBEGIN NOT ATOMIC\n  DECLARE heads TEXT DEFAULT NULL;\n"
                + "  IF EXISTS (SELECT 1 FROM information_schema.tables WHERE table_schema = " + inSchema
                + " AND table_name = " + literal(versionTable) + ") THEN\n"
                + "    SELECT GROUP_CONCAT(version_num ORDER BY version_num SEPARATOR ', ') INTO heads FROM "
                + qualified(schema, versionTable) + ";\n  END IF;\n"
                + "  IF NOT (heads <=> " + expected + ") THEN\n"
                + "    SET @migrate_error = CONCAT(" + literal(check.messageBefore()) + ", COALESCE(heads, 'base'), "
                + literal(check.messageAfter()) + ");\n"
                + "    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = @migrate_error;\n  END IF;\nEND//\n\nDELIMITER ;";
    }

    private static String holder(Connection connection, String name) throws SQLException {
        String sql = "select p.id, p.user, p.host, p.time from information_schema.processlist p"
                + " where p.id = is_used_lock(?)";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return "another session (it just released it)";
                }
                return "connection " + rs.getLong(1) + " (database user " + rs.getString(2) + " from "
                        + rs.getString(3) + ", " + rs.getLong(4) + " s in its current state)";
            }
        }
    }

    /** Lock names are limited to 64 characters: long ones are shortened with a hash. */
    static String lockName(String schema, String versionTable) {
        String name = "migrate:" + (schema == null ? "" : schema) + "." + versionTable;
        if (name.length() <= 64) {
            return name;
        }
        return "migrate:" + HexFormat.of().formatHex(Digests.sha256(name)).substring(0, 40);
    }

    private String literal(String value) {
        return dialect.literal(value);
    }

    private String qualified(String schema, String name) {
        return dialect.qualified(schema, name);
    }
}
