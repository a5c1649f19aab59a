package dev.migrate.dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The few JDBC one-liners the dialects need. */
public final class Jdbc {

    private Jdbc() {
    }

    public static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    public static String queryString(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement ps = prepare(connection, sql, parameters); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    public static boolean queryBoolean(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement ps = prepare(connection, sql, parameters); ResultSet rs = ps.executeQuery()) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    public static boolean exists(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement ps = prepare(connection, sql, parameters); ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }

    /** The first column of every row, as strings. */
    public static List<String> column(Connection connection, String sql, Object... parameters)
            throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement ps = prepare(connection, sql, parameters); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement ps = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            ps.setObject(i + 1, parameters[i]);
        }
        return ps;
    }

    /** A row callback that may throw. */
    @FunctionalInterface
    public interface Row {
        void accept(ResultSet rs) throws SQLException;
    }

    /** Runs a catalog query whose one parameter is the schema, passing each row to {@code row}. */
    public static void query(Connection connection, String sql, String schema, Row row) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    row.accept(rs);
                }
            }
        }
    }

    /** Runs a query with {@code parameters} in order, passing each row to {@code row}. */
    public static void rows(Connection connection, String sql, Row row, Object... parameters) throws SQLException {
        try (PreparedStatement ps = prepare(connection, sql, parameters); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                row.accept(rs);
            }
        }
    }

    /**
     * Runs several queries, separated by semicolons in {@code sql}, in one round trip (their parameters in order),
     * passing the rows of the n-th to the n-th of {@code rows}.
     */
    public static void rowsOfEach(Connection connection, String sql, List<Row> rows, Object... parameters)
            throws SQLException {
        try (PreparedStatement ps = prepare(connection, sql, parameters)) {
            boolean results = ps.execute();
            for (Row row : rows) {
                while (!results && ps.getUpdateCount() != -1) {
                    results = ps.getMoreResults();
                }
                if (!results) {
                    throw new SQLException("expected " + rows.size() + " results of: " + sql);
                }
                try (ResultSet rs = ps.getResultSet()) {
                    while (rs.next()) {
                        row.accept(rs);
                    }
                }
                results = ps.getMoreResults();
            }
        }
    }
}
