package dev.migrate.runner;

import dev.migrate.MigrateException;
import dev.migrate.Output;
import dev.migrate.database.ConnectionFactory;
import dev.migrate.database.DatabaseException;
import dev.migrate.database.SqlErrors;
import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.LockTimeoutException;
import dev.migrate.dialect.MigrationLock;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One run's hold on a database schema: the work connection, and for writing goals the migration lock and the
 * plugin's tables, created on first use. The lock is on a connection of its own (DESIGN §4), or, for a fleet's
 * tenant on a database whose lock survives commits ({@link dev.migrate.dialect.Locker#survivesCommits}), on the work
 * connection, so that the tenant holds one connection.
 */
public final class SchemaSession implements AutoCloseable {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    private final ConnectionFactory connections;
    private final Dialect dialect;
    private final Connection connection;
    private final String schema;
    private final String versionTable;
    private final VersionTable versions;
    private final HistoryTable history;
    /** Whether the lock is taken (and the lock probe made) on the work connection rather than one of its own. */
    private final boolean lockOnWorkConnection;
    private Connection lockConnection;
    private MigrationLock lock;
    private boolean schemaGiven;
    /** What the catalog has been seen to hold; things seen never go away during a run, so only "yes" is kept. */
    private boolean schemaSeen;
    private boolean versionsSeen;
    private boolean historySeen;
    /** The plugin's tables this run created, as qualified names, in creation order. */
    private final List<String> created = new ArrayList<>(2);
    private Runnable onClose;

    private SchemaSession(ConnectionFactory connections, Dialect dialect, Connection connection, String schema,
                          String versionTable, boolean oneConnection) {
        this.connections = connections;
        this.lockOnWorkConnection = oneConnection && dialect.locker().survivesCommits();
        this.dialect = dialect;
        this.connection = connection;
        this.schema = schema;
        this.versionTable = dialect.fold(versionTable);
        this.versions = new VersionTable(dialect, schema, this.versionTable);
        this.history = new HistoryTable(dialect, schema, dialect.fold(HistoryTable.nameFor(versionTable)));
    }

    /** Checks a schema or table name given as a parameter: plain identifiers only, so nothing can inject SQL. */
    public static String checkName(String parameter, String value) {
        if (value != null && !NAME.matcher(value).matches()) {
            throw new MigrateException(MigrateException.Kind.SETUP, "Invalid " + parameter + " '" + value
                    + "': use a plain identifier of letters, digits and underscores (at most 63, not starting with a"
                    + " digit).");
        }
        return value;
    }

    /**
     * Opens the schema for a goal that may change it. Nothing is created and no lock is taken until
     * {@link #lockForWriting} is called, so a goal that finds nothing to do (or refuses) leaves no trace.
     */
    public static SchemaSession open(ConnectionFactory connections, Dialect dialect, String schemaParameter,
                                     String versionTable) {
        return open(connections, dialect, schemaParameter, versionTable, false);
    }

    /**
     * Opens the schema as {@link #open(ConnectionFactory, Dialect, String, String)} does; with {@code oneConnection}
     * (a fleet's tenant) the lock is held on the work connection where the database's lock survives its commits, so
     * that the run holds one connection; elsewhere (H2) it still takes a connection of its own.
     */
    public static SchemaSession open(ConnectionFactory connections, Dialect dialect, String schemaParameter,
                                     String versionTable, boolean oneConnection) {
        SchemaSession session = connect(connections, dialect, schemaParameter, versionTable, oneConnection);
        session.schemaGiven = schemaParameter != null;
        try {
            if (session.schemaGiven && session.schemaExists()) {
                dialect.inspector().useSchema(session.connection, session.schema);
            }
            return session;
        } catch (SQLException e) {
            session.close();
            throw session.failure("Cannot use schema " + session.schema, e);
        }
    }

    /** Takes the migration lock, then creates the schema and the plugin's tables where missing. */
    public void lockForWriting(Duration lockTimeout, Output output) {
        if (lock != null) {
            return;
        }
        prepareForWriting(lockTimeout, output);
    }

    private static SchemaSession connect(ConnectionFactory connections, Dialect dialect, String schemaParameter,
                                         String versionTable, boolean oneConnection) {
        checkName("migrate.schema", schemaParameter);
        checkName("migrate.versionTable", versionTable);
        Connection connection = connections.open("run");
        try {
            String schema = schemaParameter != null ? dialect.fold(schemaParameter)
                    : dialect.inspector().currentSchema(connection);
            if (schema == null) {
                throw new DatabaseException("The connection to " + connections.settings().maskedUrl() + " has no "
                        + "current schema (its search path names none that exists). Set migrate.schema.");
            }
            return new SchemaSession(connections, dialect, connection, schema, versionTable, oneConnection);
        } catch (SQLException e) {
            close(connection);
            throw new DatabaseException("Cannot read the current schema of " + connections.settings().maskedUrl()
                    + ": " + SqlErrors.firstLine(e.getMessage()));
        } catch (RuntimeException e) {
            close(connection);
            throw e;
        }
    }

    private void prepareForWriting(Duration lockTimeout, Output output) {
        try {
            if (!schemaExists()) {
                try {
                    dialect.inspector().createSchema(connection, schema);
                    output.info("Created schema " + dialect.identifier(schema));
                } catch (SQLException e) {
                    if (!schemaExists()) {
                        throw e;
                    }
                }
            }
            if (!lockOnWorkConnection) {
                lockConnection = connections.open("lock");
            }
            lock = dialect.locker().lock(lockOnWorkConnection ? connection : lockConnection, schema, versionTable,
                    lockTimeout, output);
            if (schemaGiven) {
                dialect.inspector().useSchema(connection, schema);
            }
            createMissingTables();
        } catch (SQLException e) {
            throw failure("Cannot prepare schema " + dialect.identifier(schema) + " for migrations", e);
        }
    }

    /** Creates the version and history tables where missing, in one transaction where DDL is transactional. */
    private void createMissingTables() throws SQLException {
        List<String> missing = new ArrayList<>(2);
        List<String> names = new ArrayList<>(2);
        if (!versionsExist()) {
            missing.add(versions.createSql());
            names.add(versions.name());
        }
        if (!historyExists()) {
            missing.add(history.createSql());
            names.add(history.name());
        } else {
            missing.addAll(history.addMissingColumnsSql(versionTable));
        }
        boolean together = missing.size() > 1 && dialect.transactionalDdl();
        connection.setAutoCommit(!together);
        try {
            for (String sql : missing) {
                execute(sql);
            }
            if (together) {
                connection.commit();
            }
        } catch (SQLException e) {
            if (together) {
                connection.rollback();
            }
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
        versionsSeen = true;
        historySeen = true;
        history.complete();
        created.addAll(names);
    }

    /**
     * After a failed run: drops the version and history tables when this run created both and they record nothing
     * that happened (no version row, and no history row but those of revisions whose first statement failed, which
     * applied nothing), so that a failed first run leaves no trace of the plugin. A revision that failed part-way
     * keeps its row: it says what may be applied. Called under the lock; a table that cannot be counted or dropped
     * is kept.
     */
    public void dropCreatedTablesIfUnused(Output output) {
        if (created.size() < 2) {
            return;
        }
        try {
            connection.setAutoCommit(true);
            for (String table : created) {
                String count = "SELECT COUNT(*) FROM " + table + (table.equals(history.name())
                        ? " WHERE COALESCE(status, '') <> '" + HistoryTable.FAILED + "' OR statements_done <> 0" : "");
                try (var statement = connection.createStatement();
                     var rows = statement.executeQuery(count)) {
                    if (!rows.next() || rows.getLong(1) != 0) {
                        return;
                    }
                }
            }
            for (int i = created.size() - 1; i >= 0; i--) {
                execute("DROP TABLE " + created.get(i));
            }
            output.debug("Dropped " + String.join(" and ", created) + ", which this failed run created and left empty");
            created.clear();
            versionsSeen = false;
            historySeen = false;
        } catch (SQLException e) {
            output.debug("Kept the plugin's tables: " + SqlErrors.firstLine(e.getMessage()));
        }
    }

    private void execute(String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private boolean schemaExists() throws SQLException {
        if (!schemaSeen) {
            schemaSeen = dialect.inspector().schemaExists(connection, schema);
        }
        return schemaSeen;
    }

    private boolean versionsExist() throws SQLException {
        if (!versionsSeen) {
            versionsSeen = schemaExists() && versions.exists(connection);
        }
        return versionsSeen;
    }

    private boolean historyExists() throws SQLException {
        if (!historySeen) {
            historySeen = schemaExists() && history.exists(connection);
        }
        return historySeen;
    }

    private DatabaseException failure(String what, SQLException e) {
        String message = SqlErrors.message(e, connections.settings());
        String hint = "42501".equals(e.getSQLState()) || message.toLowerCase().contains("permission denied")
                || message.toLowerCase().contains("not enough rights")
                ? " The database user needs the right to create tables in this schema (or an administrator creates "
                + versions.name() + " and " + history.name() + " first)."
                : "";
        return new DatabaseException(what + " at " + connections.settings().maskedUrl() + ": " + message + "." + hint);
    }

    /** Whether the version table exists (a run may create it: then it does). */
    public boolean hasVersionTable() {
        try {
            return versionsExist();
        } catch (SQLException e) {
            throw failure("Cannot read the version table", e);
        }
    }

    /** Whether this run created the version table, so that no other run has recorded anything in it. */
    public boolean createdVersionTable() {
        return created.contains(versions.name());
    }

    /** The schema's base tables but the plugin's own (as stored, sorted); none when the schema does not exist. */
    public List<String> otherTables() {
        try {
            if (!schemaExists()) {
                return List.of();
            }
            Set<String> own = ownTables();
            return dialect.inspector().tableNames(connection, schema).stream().filter(t -> !own.contains(t)).toList();
        } catch (SQLException e) {
            throw failure("Cannot list the tables of schema " + dialect.identifier(schema), e);
        }
    }

    /** The version table's rows, or none when the table does not exist yet. */
    public Set<String> currentHeads() {
        try {
            if (!versionsExist()) {
                return Set.of();
            }
        } catch (SQLException e) {
            throw failure("Cannot read the version table", e);
        }
        return versions.read(connection);
    }

    /** The history table's rows, oldest first; none when the table does not exist yet. */
    public List<HistoryEntry> historyEntries() {
        return hasHistoryTable() ? history.read(connection, true) : List.of();
    }

    /**
     * The history's rows with only their revision, direction and checksum, which is all that checking for edited
     * revisions needs: reading when and by whom each ran is most of the cost of reading a long history.
     */
    public List<HistoryEntry> recordedChecksums() {
        return hasHistoryTable() ? history.read(connection, false) : List.of();
    }

    /**
     * The revisions whose non-atomic step started and did not complete, oldest first; none without a history. A
     * step another run is applying right now (it holds the migration lock) is not among them.
     */
    public List<IncompleteRevision> incompleteRevisions() {
        List<IncompleteRevision> found = hasHistoryTable() ? history.incomplete(connection) : List.of();
        if (found.stream().allMatch(IncompleteRevision::failed) || lock != null || !anotherRunHoldsTheLock()) {
            return found;
        }
        return found.stream().filter(IncompleteRevision::failed).toList();
    }

    /**
     * Whether another run holds the migration lock now, tried without waiting, where the lock is taken: on a
     * connection of its own, or on the work connection (taken and released at once).
     */
    private boolean anotherRunHoldsTheLock() {
        Connection probe = lockOnWorkConnection ? connection : connections.open("lock");
        try {
            dialect.locker().lock(probe, schema, versionTable, Duration.ZERO, Output.SILENT).close();
            return false;
        } catch (LockTimeoutException held) {
            return true;
        } finally {
            if (probe != connection) {
                close(probe);
            }
        }
    }

    private boolean hasHistoryTable() {
        try {
            return historyExists();
        } catch (SQLException e) {
            throw failure("Cannot read the history table", e);
        }
    }

    /** The plugin's own tables (as stored), which no schema comparison may touch. */
    public Set<String> ownTables() {
        return Set.of(versionTable, dialect.fold(HistoryTable.nameFor(versionTable)),
                dialect.fold(versionTable + "_lock"));
    }

    public Connection connection() {
        return connection;
    }

    public Dialect dialect() {
        return dialect;
    }

    public String schema() {
        return schema;
    }

    public VersionTable versions() {
        return versions;
    }

    public HistoryTable history() {
        return history;
    }

    public ConnectionFactory connections() {
        return connections;
    }

    /** Runs {@code action} when the session closes, after its connections are closed. */
    public void whenClosed(Runnable action) {
        onClose = action;
    }

    @Override
    public void close() {
        try {
            release();
        } finally {
            if (onClose != null) {
                onClose.run();
            }
        }
    }

    private void release() {
        if (lock != null) {
            lock.close(); // on the work connection, a failed unlock is no matter: closing it releases the lock
        }
        close(lockConnection);
        close(connection);
    }

    private static void close(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // closing a broken connection has nothing left to report
            }
        }
    }
}
