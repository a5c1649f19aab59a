package dev.migrate.dialect;

import dev.migrate.database.SqlErrors;

import java.security.SecureRandom;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;

/** Shared pieces of the scratch namespaces: a unique name and running Hibernate's script into one. */
public final class Scratch {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Scratch() {
    }

    public static String name() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return "migrate_scratch_" + HexFormat.of().formatHex(bytes);
    }

    /**
     * Runs the script as one JDBC batch, which the drivers send together instead of one round-trip per statement
     * (300 entities make about 3,000 statements); a failure still names its statement. With {@code transactional}
     * (the connection is in a transaction that can undo DDL), a failed batch is undone to a savepoint and run again
     * statement by statement to find the failing one, as not every driver says which entry failed.
     */
    public static void run(Connection connection, List<String> ddl, String dialect, boolean transactional)
            throws SQLException {
        Savepoint start = transactional ? connection.setSavepoint() : null;
        try (Statement statement = connection.createStatement()) {
            try {
                batch(statement, ddl);
                return;
            } catch (BatchUpdateException e) {
                if (start == null) {
                    int failed = firstFailure(e.getUpdateCounts());
                    SQLException cause = e.getNextException() != null ? e.getNextException() : e;
                    throw new ScratchDdlException(dialect, failed < ddl.size() ? ddl.get(failed) : "(not known)",
                            SqlErrors.firstLine(cause.getMessage()));
                }
            }
            connection.rollback(start);
            for (String sql : ddl) {
                try {
                    statement.execute(sql);
                } catch (SQLException e) {
                    throw new ScratchDdlException(dialect, sql, SqlErrors.firstLine(e.getMessage()));
                }
            }
        }
    }

    /** Runs the statements as one JDBC batch; a failure is the driver's {@link BatchUpdateException}. */
    public static void batch(Statement statement, List<String> ddl) throws SQLException {
        statement.setEscapeProcessing(false);
        for (String sql : ddl) {
            statement.addBatch(sql);
        }
        statement.executeBatch();
    }

    /** Drivers stop at the failing statement (counts for those before it) or go on and mark it EXECUTE_FAILED. */
    private static int firstFailure(int[] counts) {
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == Statement.EXECUTE_FAILED) {
                return i;
            }
        }
        return counts.length;
    }
}
