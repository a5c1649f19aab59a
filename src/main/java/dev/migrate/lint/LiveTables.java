package dev.migrate.lint;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The live tables of the linted schema, read with one catalog query: their estimated sizes (PostgreSQL
 * {@code pg_class.reltuples} and {@code relpages}, MariaDB {@code information_schema.tables}, H2's row count
 * estimate) and, on PostgreSQL, which table each index belongs to.
 */
public final class LiveTables {

    private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)(?:\\.(\\d+))?");

    private final Map<String, TableSize> sizes;
    private final Map<String, String> indexTables;

    LiveTables(Map<String, TableSize> sizes, Map<String, String> indexTables) {
        this.sizes = Map.copyOf(sizes);
        this.indexTables = Map.copyOf(indexTables);
    }

    /** No database: nothing is known about the tables. */
    public static LiveTables none() {
        return new LiveTables(Map.of(), Map.of());
    }

    /** Reads the tables of {@code schema} (MariaDB: database) on {@code connection}, for {@code database}. */
    public static LiveTables read(Connection connection, String database, String schema) throws SQLException {
        Map<String, TableSize> sizes = new HashMap<>();
        Map<String, String> indexTables = new HashMap<>();
        String sql = switch (database) {
            case "postgresql" -> "select c.relname, c.relkind, t.relname, c.reltuples::bigint, "
                    + "c.relpages::bigint * current_setting('block_size')::bigint from pg_class c "
                    + "join pg_namespace n on n.oid = c.relnamespace left join pg_index i on i.indexrelid = c.oid "
                    + "left join pg_class t on t.oid = i.indrelid "
                    + "where n.nspname = ? and c.relkind in ('r', 'p', 'i')";
            case "h2" -> "select table_name, 'r', null, row_count_estimate, -1 from information_schema.tables "
                    + "where table_schema = ? and table_type = 'BASE TABLE'";
            default -> "select table_name, 'r', null, table_rows, data_length + index_length "
                    + "from information_schema.tables where table_schema = ? and table_type = 'BASE TABLE'";
        };
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, schema);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    String name = rs.getString(1).toLowerCase(Locale.ROOT);
                    if ("i".equals(rs.getString(2))) {
                        indexTables.put(name, rs.getString(3).toLowerCase(Locale.ROOT));
                    } else {
                        long rows = rs.getLong(4);
                        sizes.put(name, new TableSize(rs.wasNull() ? -1 : rows, rs.getLong(5)));
                    }
                }
            }
        }
        return new LiveTables(sizes, indexTables);
    }

    /** The server's version as the connection reports it. */
    public static LintTarget target(Connection connection, String database) throws SQLException {
        DatabaseMetaData md = connection.getMetaData();
        String product = md.getDatabaseProductVersion();
        String db = database;
        if (db.equals("mariadb") || db.equals("mysql")) {
            db = product.toLowerCase(Locale.ROOT).contains("mariadb") ? "mariadb" : "mysql";
        }
        Matcher m = VERSION.matcher(product.replaceFirst("^5\\.5\\.5-", ""));
        if (m.find()) {
            return new LintTarget(db, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
        }
        return new LintTarget(db, md.getDatabaseMajorVersion(), md.getDatabaseMinorVersion(), 0);
    }

    public Optional<TableSize> size(String table) {
        return table == null ? Optional.empty() : Optional.ofNullable(sizes.get(table.toLowerCase(Locale.ROOT)));
    }

    /** The table an index belongs to, when the database has the index. */
    public Optional<String> tableOfIndex(String index) {
        return Optional.ofNullable(indexTables.get(index.toLowerCase(Locale.ROOT)));
    }
}
