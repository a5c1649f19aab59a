package dev.migrate.dialect;

import dev.migrate.database.SqlErrors;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;

/** Shared pieces of the scratch namespaces: a unique name and running Hibernate's script into one. */
final class Scratch {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Scratch() {
    }

    static String name() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return "migrate_scratch_" + HexFormat.of().formatHex(bytes);
    }

    static void run(Connection connection, List<String> ddl, String dialect) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.setEscapeProcessing(false);
            for (String sql : ddl) {
                try {
                    statement.execute(sql);
                } catch (SQLException e) {
                    throw new ScratchDdlException(dialect, sql, SqlErrors.firstLine(e.getMessage()));
                }
            }
        }
    }
}
