package dev.migrate.dialect.h2;

import dev.migrate.Output;
import dev.migrate.change.Change;
import dev.migrate.change.Warnings;
import dev.migrate.database.DatabaseException;
import dev.migrate.database.Environment;
import dev.migrate.dialect.SchemaReader;
import dev.migrate.revision.SqlFlavor;
import dev.migrate.schema.Schema;
import dev.migrate.dialect.Jdbc;
import dev.migrate.dialect.Identifiers;
import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.Scratch;
import dev.migrate.dialect.PollingLock;
import dev.migrate.dialect.ScriptSchemas;
import dev.migrate.dialect.NamespaceReads;
import dev.migrate.dialect.OfflineStartCheck;
import dev.migrate.dialect.MigrationLock;
import dev.migrate.dialect.ChangeRenderer;
import org.h2.Driver;
import org.h2.api.ErrorCode;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * H2: DDL commits the transaction (so a revision is not atomic), upper-case folding unless the URL says
 * {@code DATABASE_TO_LOWER=TRUE}, a one-row lock table ({@code <versionTable>_lock}) whose row a run holds updated
 * (naming itself) for its whole duration, and commits made durable with {@code CHECKPOINT SYNC}.
 */
public class H2Dialect implements Dialect {

    private static final Pattern PLAIN_UPPER = Pattern.compile("[A-Z_][A-Z0-9_$]*");
    private static final Pattern PLAIN_LOWER = Pattern.compile("[a-z_][a-z0-9_$]*");
    private final boolean lowerCase;

    private final boolean inMemory;

    public H2Dialect(String url) {
        this.lowerCase = url != null && url.toUpperCase(Locale.ROOT).contains("DATABASE_TO_LOWER=TRUE");
        this.inMemory = url != null && url.toLowerCase(Locale.ROOT).contains(":mem:");
    }

    @Override
    public String name() {
        return "H2";
    }

    @Override
    public boolean connectingCreatesDatabase() {
        return true;
    }

    @Override
    public String hibernateProductName() {
        return "H2";
    }

    @Override
    public SqlFlavor flavor() {
        return SqlFlavor.H2;
    }

    @Override
    public boolean transactionalDdl() {
        return false;
    }

    /**
     * H2 writes a commit to its file up to WRITE_DELAY ms (500 by default) after it returns: a process killed
     * meanwhile loses it. An in-memory database keeps nothing anyway.
     */
    @Override
    public boolean commitIsDurable() {
        return inMemory;
    }

    /** Writes the commits to the file and has the operating system put them on the disk (admin rights needed). */
    @Override
    public void awaitDurable(Connection connection) throws SQLException {
        if (!inMemory) {
            Jdbc.execute(connection, "CHECKPOINT SYNC");
        }
    }

    @Override
    public String notDurableHint() {
        return "H2 writes a commit to its file up to WRITE_DELAY ms (500 by default) after it, so a revision reported "
                + "applied here is lost if this process (or the H2 server) is killed within that time. The plugin "
                + "runs CHECKPOINT SYNC after each revision, which needs an H2 admin user: connect as one (the user "
                + "that created the database is).";
    }

    @Override
    public String fold(String unquoted) {
        return lowerCase ? unquoted.toLowerCase(Locale.ROOT) : unquoted.toUpperCase(Locale.ROOT);
    }

    /** A plain upper-case name is written in lower case, which H2 folds back to the same name. */
    @Override
    public String identifier(String stored) {
        String written = Identifiers.write(stored, lowerCase ? PLAIN_LOWER : PLAIN_UPPER, '"');
        return written.equals(stored) ? stored.toLowerCase(Locale.ROOT) : written;
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
        Jdbc.execute(connection, "create schema if not exists " + identifier(schema));
    }

    @Override
    public void useSchema(Connection connection, String schema) throws SQLException {
        Jdbc.execute(connection, "set schema " + identifier(schema));
    }

    @Override
    public boolean tableExists(Connection connection, String schema, String table) throws SQLException {
        return Jdbc.exists(connection, "select 1 from information_schema.tables where table_schema = ? and "
                + "table_name = ?", schema, table);
    }

    @Override
    public String createVersionTable(String schema, String table) {
        return "CREATE TABLE IF NOT EXISTS " + qualified(schema, table) + " (version_num VARCHAR(32) NOT NULL, "
                + "CONSTRAINT " + identifier(fold(table + "_pkc")) + " PRIMARY KEY (version_num))";
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

    /**
     * H2 has no procedural SQL: the check is a query whose failing branch casts the error text to a number, which
     * H2 refuses with "Data conversion error converting" and the text. It reads the version table, so it runs after
     * the script created the plugin's tables.
     */
    @Override
    public String offlineStartCheck(String schema, String versionTable, OfflineStartCheck check) {
        String heads = "(SELECT LISTAGG(version_num, ', ') WITHIN GROUP (ORDER BY version_num) FROM "
                + qualified(schema, versionTable) + ")";
        return "SELECT CASE WHEN COALESCE(" + heads + ", '') = " + literal(check.expectedHeads()) + " THEN 0 ELSE CAST("
                + literal(check.messageBefore()) + " || COALESCE(" + heads + ", 'base') || "
                + literal(check.messageAfter()) + " AS INT) END;";
    }

    @Override
    public boolean offlineCheckNeedsTables() {
        return true;
    }

    /**
     * H2 has no named locks: the lock is row 1 of {@code <versionTable>_lock}, updated (to name its holder) in a
     * transaction that stays open on the lock connection for the whole run. Each attempt waits at most 200 ms
     * (whatever LOCK_TIMEOUT the URL sets) and runs in a transaction of its own, so that between attempts the
     * connection can reconnect (AUTO_SERVER: the process serving the database ended); {@link PollingLock} repeats
     * the attempts up to migrate.lockTimeout.
     */
    @Override
    public MigrationLock lock(Connection connection, String schema, String versionTable, Duration timeout,
                              Output output) {
        String table = qualified(schema, fold(versionTable + "_lock"));
        try {
            prepareLockTable(connection, schema, fold(versionTable + "_lock"), table);
        } catch (SQLException e) {
            throw new DatabaseException("Cannot create the lock table " + table + ": "
                    + e.getMessage());
        }
        String holder = "'migrate-maven-plugin lock " + Environment.who() + "'";
        return PollingLock.acquire(timeout, output,
                () -> {
                    Jdbc.execute(connection, "set lock_timeout " + LOCK_ATTEMPT_MS);
                    connection.setAutoCommit(false);
                    try (PreparedStatement ps = connection.prepareStatement("update " + table + " set holder = "
                            + "concat(?, session_id(), ?) where id = 1")) {
                        ps.setString(1, holder + " (database session ");
                        ps.setString(2, ", holding it since " + Instant.now()
                                .truncatedTo(ChronoUnit.SECONDS) + ")");
                        return ps.executeUpdate() == 1;
                    } catch (SQLException e) {
                        connection.rollback();
                        connection.setAutoCommit(true);
                        if (e.getErrorCode() == ErrorCode.LOCK_TIMEOUT_1) {
                            return false;
                        }
                        throw e;
                    }
                },
                () -> lockHolder(connection, table),
                () -> {
                    connection.rollback();
                    return true;
                });
    }

    private static final int LOCK_ATTEMPT_MS = 200;

    /** Creates the lock table and its row where missing, without waiting on a run that holds the lock. */
    private void prepareLockTable(Connection connection, String schema, String name, String table)
            throws SQLException {
        connection.setAutoCommit(true);
        Jdbc.execute(connection, "create table if not exists " + table + " (id int primary key, holder varchar(500))");
        if (!Jdbc.exists(connection, "select 1 from information_schema.columns where table_schema = ? and "
                + "table_name = ? and column_name = ?", schema, name, fold("holder"))) {
            Jdbc.execute(connection, "alter table " + table + " add column if not exists holder varchar(500)");
        }
        try {
            // Reads the committed row only: unlike MERGE, it does not wait for the row a running holder has locked.
            Jdbc.execute(connection, "insert into " + table + " (id) select 1 where not exists (select 1 from "
                    + table + " where id = 1)");
        } catch (SQLException e) {
            if (e.getErrorCode() != ErrorCode.DUPLICATE_KEY_1) {
                throw e;
            }
        }
    }

    /** The holder's description, read from its uncommitted row (H2 reads it under READ UNCOMMITTED). */
    private static String lockHolder(Connection connection, String table) throws SQLException {
        int isolation = connection.getTransactionIsolation();
        connection.setTransactionIsolation(Connection.TRANSACTION_READ_UNCOMMITTED);
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("select holder from " + table + " where id = 1")) {
            String holder = rs.next() ? rs.getString(1) : null;
            return holder == null ? "another session (it just released it)" : holder;
        } finally {
            connection.setTransactionIsolation(isolation);
        }
    }

    private final ChangeRenderer renderer = new H2Renderer(this);
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
            Set<String> named = ScriptSchemas.named(ddl, this);
            for (String schema : named) {
                createSchema(scratch, schema);
            }
            Scratch.run(scratch, NamespaceReads.withoutSchemaCreation(ddl, named, this), name(), false);
            return NamespaceReads.read(reader, scratch, currentSchema(scratch), Set.of(),
                    NamespaceReads.same(named));
        }
    }

    private static final Pattern GENERATED_NAME = Pattern.compile("(CONSTRAINT|PRIMARY_KEY)_[0-9A-F]+",
            Pattern.CASE_INSENSITIVE);

    @Override
    public boolean isGeneratedName(String name) {
        return name != null && GENERATED_NAME.matcher(name).matches();
    }

    @Override
    public Warnings.Rules warningRules() {
        return Warnings.Rules.H2;
    }

    @Override
    public List<String> render(Change change) {
        return renderer.render(change);
    }
}
