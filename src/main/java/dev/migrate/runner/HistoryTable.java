package dev.migrate.runner;

import dev.migrate.database.SqlErrors;
import dev.migrate.database.DatabaseException;
import dev.migrate.database.Environment;
import dev.migrate.dialect.Dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The {@code migrate_history} table: one row per step run, with the checksum of the section that ran. */
public final class HistoryTable {

    private static final String COLUMNS = "revision, direction, checksum, message, applied_by, host, started_at, "
            + "duration_ms";
    private final Dialect dialect;
    private final String schema;
    private final String table;
    private final String qualified;

    public HistoryTable(Dialect dialect, String schema, String table) {
        this.dialect = dialect;
        this.schema = schema;
        this.table = table;
        this.qualified = dialect.qualified(schema, table);
    }

    /** The history table's name for a version table name as the user gave it: {@code x_version} gives {@code x_history}. */
    public static String nameFor(String versionTable) {
        String suffix = "_version";
        boolean replace = versionTable.toLowerCase(java.util.Locale.ROOT).endsWith(suffix)
                && versionTable.length() > suffix.length();
        return (replace ? versionTable.substring(0, versionTable.length() - suffix.length()) : versionTable)
                + "_history";
    }

    public String name() {
        return qualified;
    }

    public String createSql() {
        return dialect.createHistoryTable(schema, table);
    }

    public boolean exists(Connection connection) throws SQLException {
        return dialect.tableExists(connection, schema, table);
    }

    public void insert(Connection connection, String revision, String direction, String checksum, String message,
                       Instant startedAt, long durationMs) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO " + qualified + " (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, revision);
            ps.setString(2, direction);
            ps.setString(3, checksum);
            ps.setString(4, truncate(message, 500));
            ps.setString(5, truncate(Environment.user(), 128));
            ps.setString(6, truncate(Environment.host(), 255));
            ps.setTimestamp(7, Timestamp.from(startedAt));
            ps.setLong(8, durationMs);
            ps.executeUpdate();
        }
    }

    /**
     * The insert as a literal statement that takes its start and duration from the transaction's clock
     * ({@link Dialect#transactionClock}), to run in the same batch as the step's statements.
     */
    public String insertTimedSql(String revision, String direction, String checksum, String message) {
        String[] clock = dialect.transactionClock();
        return literalInsert(revision, direction, checksum, message, dialect.literal(truncate(Environment.user(), 128)),
                dialect.literal(truncate(Environment.host(), 255)), clock[0], clock[1]);
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
                     + " ORDER BY id")) {
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
            throw new DatabaseException("Table " + qualified + " exists but is not a migrate history table: "
                    + SqlErrors.firstLine(e.getMessage()) + ". Rename it, or choose another migrate.versionTable"
                    + " (the history table is named after it).");
        }
        return entries;
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
