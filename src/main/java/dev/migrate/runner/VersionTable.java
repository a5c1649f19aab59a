package dev.migrate.runner;

import dev.migrate.database.DatabaseException;
import dev.migrate.database.SqlErrors;
import dev.migrate.dialect.Dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The {@code migrate_version} table: one row per current head, as Alembic keeps it. */
public final class VersionTable {

    private final Dialect dialect;
    private final String schema;
    private final String table;
    private final String qualified;

    /** {@code schema} and {@code table} as stored in the catalog; a null schema means the connection's own. */
    public VersionTable(Dialect dialect, String schema, String table) {
        this.dialect = dialect;
        this.schema = schema;
        this.table = table;
        this.qualified = dialect.qualified(schema, table);
    }

    public String name() {
        return qualified;
    }

    public String createSql() {
        return dialect.ownTables().createVersionTable(schema, table);
    }

    public boolean exists(Connection connection) throws SQLException {
        return dialect.inspector().tableExists(connection, schema, table);
    }

    /** The current heads; fails with a clear message when the table is not a version table. */
    public Set<String> read(Connection connection) {
        Set<String> heads = new LinkedHashSet<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT version_num FROM " + qualified)) {
            while (rs.next()) {
                heads.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new DatabaseException("Table " + qualified + " exists but is not a version table: "
                    + SqlErrors.firstLine(e.getMessage()) + ". It must have the column version_num varchar(32). "
                    + "If the table"
                    + " belongs to something else, choose another name with migrate.versionTable.");
        }
        return heads;
    }

    /** Rewrites the rows from {@code before} to {@code after} on {@code connection}, in its transaction. */
    public void update(Connection connection, Set<String> before, Set<String> after) throws SQLException {
        for (String sql : updateSql(before, after)) {
            try (Statement s = connection.createStatement()) {
                checkChanged(s.executeUpdate(sql));
            }
        }
    }

    /** Fails unless one statement of {@link #updateSql} changed exactly one row. */
    public void checkChanged(int count) throws SQLException {
        if (count != 1 && count != Statement.SUCCESS_NO_INFO) {
            throw new SQLException("expected to change one row of " + qualified + " but changed " + count
                    + "; another process changed the version table during this run");
        }
    }

    /** The statements that rewrite the rows from {@code before} to {@code after}. */
    public List<String> updateSql(Set<String> before, Set<String> after) {
        List<String> removed = before.stream().filter(id -> !after.contains(id)).sorted().toList();
        List<String> added = after.stream().filter(id -> !before.contains(id)).sorted().toList();
        List<String> sql = new ArrayList<>();
        if (removed.size() == 1 && added.size() == 1) {
            sql.add("UPDATE " + qualified + " SET version_num = " + dialect.literal(added.get(0))
                    + " WHERE version_num = " + dialect.literal(removed.get(0)));
            return sql;
        }
        for (String id : removed) {
            sql.add("DELETE FROM " + qualified + " WHERE version_num = " + dialect.literal(id));
        }
        for (String id : added) {
            sql.add("INSERT INTO " + qualified + " (version_num) VALUES (" + dialect.literal(id) + ")");
        }
        return sql;
    }

    /** Deletes every row, for {@code stamp} with purge. */
    public void clear(Connection connection) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("DELETE FROM " + qualified)) {
            ps.executeUpdate();
        }
    }
}
