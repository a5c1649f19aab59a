package dev.migrate.dialect.mariadb;

import dev.migrate.Digests;
import dev.migrate.Output;
import dev.migrate.change.Change;
import dev.migrate.change.Warnings;
import dev.migrate.dialect.SchemaReader;
import dev.migrate.revision.SqlFlavor;
import dev.migrate.schema.Schema;
import dev.migrate.dialect.OfflineStartCheck;
import dev.migrate.dialect.NamespaceReads;
import dev.migrate.dialect.Jdbc;
import dev.migrate.dialect.ScriptSchemas;
import dev.migrate.dialect.ChangeRenderer;
import dev.migrate.dialect.MigrationLock;
import dev.migrate.dialect.Identifiers;
import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.Scratch;
import dev.migrate.dialect.PollingLock;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * MariaDB and MySQL: a schema is a database, DDL commits implicitly (a revision is not atomic), identifiers are kept
 * as written, and the lock is a named {@code GET_LOCK} held by the lock connection.
 */
public class MariaDbDialect implements Dialect {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");
    private final boolean mysql;

    public MariaDbDialect(boolean mysql) {
        this.mysql = mysql;
    }

    /** Whether this is MySQL rather than MariaDB. */
    boolean mysql() {
        return mysql;
    }

    @Override
    public String name() {
        return mysql ? "MySQL" : "MariaDB";
    }

    @Override
    public String hibernateProductName() {
        return mysql ? "MySQL" : "MariaDB";
    }

    @Override
    public SqlFlavor flavor() {
        return SqlFlavor.MYSQL;
    }

    @Override
    public boolean transactionalDdl() {
        return false;
    }

    @Override
    public String fold(String unquoted) {
        return unquoted;
    }

    @Override
    public String identifier(String stored) {
        return Identifiers.write(stored, PLAIN, '`');
    }

    @Override
    public String literal(String value) {
        return value == null ? "NULL" : "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    @Override
    public String currentSchema(Connection connection) throws SQLException {
        return Jdbc.queryString(connection, "select database()");
    }

    @Override
    public boolean schemaExists(Connection connection, String schema) throws SQLException {
        return Jdbc.exists(connection, "select 1 from information_schema.schemata where schema_name = ?", schema);
    }

    @Override
    public void createSchema(Connection connection, String schema) throws SQLException {
        Jdbc.execute(connection, "create database if not exists " + identifier(schema));
    }

    @Override
    public void useSchema(Connection connection, String schema) throws SQLException {
        Jdbc.execute(connection, "use " + identifier(schema));
    }

    @Override
    public boolean tableExists(Connection connection, String schema, String table) throws SQLException {
        return Jdbc.exists(connection, "select 1 from information_schema.tables where table_schema = ? and "
                + "table_name = ?", schema, table);
    }

    /** The plugin's tables hold messages in any language, whatever the database's default character set. */
    private static final String UNICODE = "CHARACTER SET utf8mb4";

    @Override
    public String createVersionTable(String schema, String table) {
        return "CREATE TABLE IF NOT EXISTS " + qualified(schema, table) + " (version_num VARCHAR(32) NOT NULL, "
                + "CONSTRAINT " + identifier(table + "_pkc") + " PRIMARY KEY (version_num)) " + UNICODE;
    }

    @Override
    public String createHistoryTable(String schema, String table) {
        return "CREATE TABLE IF NOT EXISTS " + qualified(schema, table) + " ("
                + "id BIGINT AUTO_INCREMENT PRIMARY KEY, "
                + "revision VARCHAR(32) NOT NULL, direction VARCHAR(16) NOT NULL, checksum VARCHAR(64), "
                + "message VARCHAR(500), applied_by VARCHAR(128) NOT NULL, host VARCHAR(255), "
                + "started_at DATETIME(6) NOT NULL, duration_ms BIGINT NOT NULL, "
                + "status VARCHAR(16), statements_done INT, statements_total INT) " + UNICODE;
    }

    @Override
    public String convertToUnicode(String schema, String table) {
        return "ALTER TABLE " + qualified(schema, table) + " CONVERT TO " + UNICODE;
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
    public String[] offlineLock(String schema, String versionTable) {
        if (schema != null) {
            String name = literal(lockName(schema, versionTable));
            return new String[] {"SELECT GET_LOCK(" + name + ", " + OFFLINE_LOCK_WAIT_SECONDS + ");",
                "SELECT RELEASE_LOCK(" + name + ");"};
        }
        return new String[] {"SET @migrate_lock = CONCAT('migrate:', DATABASE(), " + literal("." + versionTable)
                + ");\nSET @migrate_lock = IF(CHAR_LENGTH(@migrate_lock) <= 64, @migrate_lock, "
                + "CONCAT('migrate:', LEFT(SHA2(@migrate_lock, 256), 40)));\n"
                + "SELECT GET_LOCK(@migrate_lock, " + OFFLINE_LOCK_WAIT_SECONDS + ");",
            "SELECT RELEASE_LOCK(@migrate_lock);"};
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

    @Override
    public String beginTransaction() {
        return "START TRANSACTION;";
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

    private final ChangeRenderer renderer = new MariaDbRenderer(this);
    private final SchemaReader reader = new MariaDbSchemaReader();

    @Override
    public SchemaReader schemaReader() {
        return reader;
    }

    /**
     * A scratch database on the same server, dropped afterwards (the user needs the right to create one), and one
     * more for each database the script names, its qualified names rewritten to the scratch one.
     */
    @Override
    public Schema readScratch(Connection connection, List<String> ddl) throws SQLException {
        String live = currentSchema(connection);
        String scratch = Scratch.name();
        Set<String> named = ScriptSchemas.named(ddl, this);
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
                    : ScriptSchemas.rewrite(NamespaceReads.withoutSchemaCreation(ddl, named, this), scratchFor, this);
            Scratch.run(connection, script, name(), false);
            return NamespaceReads.read(reader, connection, scratch, Set.of(), schemaOf);
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

    @Override
    public Warnings.Rules warningRules() {
        return Warnings.Rules.MARIADB;
    }

    @Override
    public List<String> render(Change change) {
        return renderer.render(change);
    }
}
