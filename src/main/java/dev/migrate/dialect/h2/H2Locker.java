package dev.migrate.dialect.h2;

import dev.migrate.Output;
import dev.migrate.database.DatabaseException;
import dev.migrate.database.Environment;
import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.Jdbc;
import dev.migrate.dialect.Locker;
import dev.migrate.dialect.MigrationLock;
import dev.migrate.dialect.OfflineStartCheck;
import dev.migrate.dialect.PollingLock;
import org.h2.api.ErrorCode;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * H2's migration lock: H2 has no named locks, so the lock is row 1 of a one-row table {@code <versionTable>_lock}
 * that a run holds updated (naming itself) for its whole duration.
 */
final class H2Locker implements Locker {

    private final Dialect dialect;

    H2Locker(Dialect dialect) {
        this.dialect = dialect;
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

    private String literal(String value) {
        return dialect.literal(value);
    }

    private String qualified(String schema, String name) {
        return dialect.qualified(schema, name);
    }

    private String fold(String unquoted) {
        return dialect.fold(unquoted);
    }
}
