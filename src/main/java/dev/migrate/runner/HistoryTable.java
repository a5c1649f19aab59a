package dev.migrate.runner;

import dev.migrate.database.DatabaseException;
import dev.migrate.database.Environment;
import dev.migrate.database.SqlErrors;
import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.TransactionClock;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The {@code migrate_history} table: one row per step run, with the checksum of the section that ran. A step that
 * cannot run atomically gets its row before its first statement runs ({@code status} {@code started}), the count of
 * its completed statements as they complete, and {@code applied} once it is recorded in the version table; rows of
 * earlier versions of the plugin have no status and are all complete.
 */
public final class HistoryTable {

    private static final String COLUMNS = "revision, direction, checksum, message, applied_by, host, started_at, "
            + "duration_ms";
    /** The columns that record how far a non-atomic step got, added to tables of earlier versions of the plugin. */
    private static final List<String> PROGRESS = List.of("status", "statements_done", "statements_total");
    static final String STARTED = "started";
    static final String FAILED = "failed";
    static final String APPLIED = "applied";
    /** A row whose step did not complete, and which a stamp has since settled. */
    static final String RESOLVED = "resolved";
    private static final String COMPLETE = "(status IS NULL OR status = '" + APPLIED + "')";
    private final Dialect dialect;
    private final String schema;
    private final String table;
    private final String qualified;
    /** The progress columns the table lacks (it was created by an earlier version of the plugin). */
    private List<String> missing = List.of();
    /** Whether the table has the progress columns (a table of another application has not). */
    private boolean progress = true;

    public HistoryTable(Dialect dialect, String schema, String table) {
        this.dialect = dialect;
        this.schema = schema;
        this.table = table;
        this.qualified = dialect.qualified(schema, table);
    }

    /**
     * The history table's name for a version table name as the user gave it: {@code x_version} gives
     * {@code x_history}.
     */
    public static String nameFor(String versionTable) {
        String suffix = "_version";
        boolean replace = versionTable.toLowerCase(Locale.ROOT).endsWith(suffix)
                && versionTable.length() > suffix.length();
        return (replace ? versionTable.substring(0, versionTable.length() - suffix.length()) : versionTable)
                + "_history";
    }

    public String name() {
        return qualified;
    }

    public String createSql() {
        return dialect.ownTables().createHistoryTable(schema, table);
    }

    /** Whether the table exists; notes which progress columns it lacks, for {@link #addMissingColumnsSql}. */
    public boolean exists(Connection connection) throws SQLException {
        Set<String> columns = dialect.inspector().tableColumns(connection, schema, table);
        progress = columns.isEmpty() || columns.containsAll(PROGRESS);
        boolean ours = columns.containsAll(List.of("revision", "direction", "checksum", "started_at"));
        missing = ours ? PROGRESS.stream().filter(c -> !columns.contains(c)).toList() : List.of();
        return !columns.isEmpty();
    }

    /**
     * The statements that bring a table of an earlier version of the plugin up to this one: the progress columns,
     * and on MariaDB a character set that holds any message (the version table's too); empty when there is nothing
     * to add. Rows already there keep a null status, which means complete.
     */
    public List<String> addMissingColumnsSql(String versionTable) {
        if (missing.isEmpty()) {
            return List.of();
        }
        List<String> sql = new ArrayList<>();
        for (String own : List.of(versionTable, table)) { // first: the columns tell that the table is up to date
            String convert = dialect.ownTables().convertToUnicode(schema, own);
            if (convert != null) {
                sql.add(convert);
            }
        }
        for (String column : missing) {
            sql.add("ALTER TABLE " + qualified + " ADD " + dialect.fold(column) + " "
                    + (column.equals("status") ? "VARCHAR(16)" : "INT"));
        }
        return sql;
    }

    /** Notes that the table now has every column (it was just created or brought up to date). */
    void complete() {
        missing = List.of();
        progress = true;
    }

    /**
     * Records, committed on its own, that a non-atomic step starts: {@code total} statements, none completed yet.
     * Returns the row's id.
     */
    public long insertStarted(Connection connection, String revision, String direction, String checksum,
                              String message, Instant startedAt, int total) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO " + qualified + " (" + COLUMNS
                + ", status, statements_done, statements_total) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, 0, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            bindStep(ps, revision, direction, checksum, message, startedAt);
            ps.setString(8, STARTED);
            ps.setInt(9, total);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("the database returned no id for the new row of " + qualified);
                }
                return keys.getLong(1);
            }
        }
    }

    /** Records that the first {@code done} statements of the started step {@code id} completed. */
    public void progress(Connection connection, long id, int done) throws SQLException {
        update(connection, id, STARTED, done, null);
    }

    /** Records that statement {@code done + 1} of the started step {@code id} failed, and 1..done completed. */
    public void failed(Connection connection, long id, int done) throws SQLException {
        update(connection, id, FAILED, done, null);
    }

    /** Records that the started step {@code id} completed, in the transaction of its version-table update. */
    public void applied(Connection connection, long id, int total, long durationMs) throws SQLException {
        update(connection, id, APPLIED, total, durationMs);
    }

    private void update(Connection connection, long id, String status, int done, Long durationMs)
            throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("UPDATE " + qualified + " SET status = ?, "
                + "statements_done = ?" + (durationMs == null ? "" : ", duration_ms = ?") + " WHERE id = ?")) {
            int i = 1;
            ps.setString(i++, status);
            ps.setInt(i++, done);
            if (durationMs != null) {
                ps.setLong(i++, durationMs);
            }
            ps.setLong(i, id);
            if (ps.executeUpdate() != 1) {
                throw new SQLException("row " + id + " of " + qualified + " is gone");
            }
        }
    }

    /**
     * The steps that started and did not complete, oldest first: rows {@code started} (the run ended during the
     * step) and rows {@code failed} after one of their statements completed.
     */
    List<IncompleteRevision> incomplete(Connection connection) {
        if (!progress) {
            return List.of();
        }
        List<IncompleteRevision> found = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT revision, direction, status, statements_done, statements_total"
                     + " FROM " + qualified + " WHERE status = '" + STARTED + "' OR (status = '" + FAILED
                     + "' AND statements_done > 0) ORDER BY id")) {
            while (rs.next()) {
                found.add(new IncompleteRevision(rs.getString(1), rs.getString(2), FAILED.equals(rs.getString(3)),
                        rs.getInt(4), rs.getInt(5)));
            }
        } catch (SQLException e) {
            throw notAHistoryTable(e);
        }
        return found;
    }

    /** Marks every step that did not complete as settled by a stamp; returns how many there were. */
    public int resolveIncomplete(Connection connection) throws SQLException {
        if (!progress) {
            return 0;
        }
        try (Statement s = connection.createStatement()) {
            return s.executeUpdate("UPDATE " + qualified + " SET status = '" + RESOLVED + "' WHERE status IN ('"
                    + STARTED + "', '" + FAILED + "')");
        }
    }

    /** The first seven parameters of an insert: the step, who ran it, where and when. */
    private static void bindStep(PreparedStatement ps, String revision, String direction, String checksum,
                                 String message, Instant startedAt) throws SQLException {
        ps.setString(1, revision);
        ps.setString(2, direction);
        ps.setString(3, checksum);
        ps.setString(4, truncate(message, 500));
        ps.setString(5, truncate(Environment.user(), 128));
        ps.setString(6, truncate(Environment.host(), 255));
        ps.setTimestamp(7, Timestamp.from(startedAt));
    }

    public void insert(Connection connection, String revision, String direction, String checksum, String message,
                       Instant startedAt, long durationMs) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO " + qualified + " (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            bindStep(ps, revision, direction, checksum, message, startedAt);
            ps.setLong(8, durationMs);
            ps.executeUpdate();
        }
    }

    /**
     * The insert as a literal statement that takes its start and duration from the transaction's clock
     * ({@link Dialect#transactionClock}), to run in the same batch as the step's statements.
     */
    public String insertTimedSql(String revision, String direction, String checksum, String message) {
        TransactionClock clock = dialect.transactionClock();
        return literalInsert(revision, direction, checksum, message, dialect.literal(truncate(Environment.user(), 128)),
                dialect.literal(truncate(Environment.host(), 255)), clock.start(), clock.elapsedMillis());
    }

    /** The insert as a literal statement, for offline scripts. */
    public String insertSql(String revision, String direction, String checksum, String message) {
        return literalInsert(revision, direction, checksum, message, "CURRENT_USER", "NULL", "CURRENT_TIMESTAMP", "0");
    }

    /** An insert of literal values; who, where, when and how long are SQL expressions. */
    private String literalInsert(String revision, String direction, String checksum, String message, String appliedBy,
                                 String host, String startedAt, String durationMs) {
        return "INSERT INTO " + qualified + " (" + COLUMNS + ") VALUES (" + dialect.literal(revision) + ", "
                + dialect.literal(direction) + ", " + dialect.literal(checksum) + ", "
                + dialect.literal(truncate(message, 500)) + ", " + appliedBy + ", " + host + ", " + startedAt + ", "
                + durationMs + ")";
    }

    /**
     * Every row, oldest first; without {@code details}, only revision, direction and checksum are read (the rest is
     * null or 0).
     */
    public List<HistoryEntry> read(Connection connection, boolean details) {
        List<HistoryEntry> entries = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT revision, direction, checksum"
                     + (details ? ", applied_by, host, started_at, duration_ms" : "") + " FROM " + qualified
                     + (progress ? " WHERE " + COMPLETE : "") + " ORDER BY id")) {
            while (rs.next()) {
                if (!details) {
                    entries.add(new HistoryEntry(rs.getString(1), rs.getString(2), rs.getString(3), null, null, null,
                            0));
                    continue;
                }
                Timestamp started = rs.getTimestamp(6);
                entries.add(new HistoryEntry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), started == null ? null : started.toInstant(), rs.getLong(7)));
            }
        } catch (SQLException e) {
            throw notAHistoryTable(e);
        }
        return entries;
    }

    private DatabaseException notAHistoryTable(SQLException e) {
        return new DatabaseException("Table " + qualified + " exists but is not a migrate history table: "
                + SqlErrors.firstLine(e.getMessage()) + ". Rename it, or choose another migrate.versionTable"
                + " (the history table is named after it).");
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
