package dev.migrate.dialect.mariadb;

import dev.migrate.schema.Check;
import dev.migrate.schema.Column;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.IndexKey;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueKey;
import dev.migrate.dialect.TableBuilder;
import dev.migrate.dialect.SchemaReader;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static dev.migrate.dialect.Jdbc.query;

/**
 * Reads a MariaDB (or MySQL) database from information_schema in at most seven queries: the column types are
 * {@code COLUMN_TYPE} as the server spells them; the check MariaDB adds for a JSON column is left out, as nobody
 * declared it. The index InnoDB makes for a foreign key (named after the key) is read like any other: it outlives
 * the key and comes and goes with other indexes, so the diff must see it (see dev.migrate.diff.ForeignKeyIndexes).
 */
public final class MariaDbSchemaReader implements SchemaReader {

    private static final String TABLES = "select table_name, table_type, table_comment from information_schema.tables "
            + "where table_schema = ? order by table_name";
    private static final String COLUMNS = "select table_name, column_name, column_type, is_nullable, column_default, "
            + "extra, generation_expression, column_comment from information_schema.columns where table_schema = ? "
            + "order by table_name, ordinal_position";
    private static final String CONSTRAINTS = "select tc.table_name, tc.constraint_name, tc.constraint_type, "
            + "rc.referenced_table_name, rc.delete_rule, rc.update_rule, rc.unique_constraint_schema "
            + "from information_schema.table_constraints tc "
            + "left join information_schema.referential_constraints rc on rc.constraint_schema = tc.constraint_schema "
            + "and rc.table_name = tc.table_name and rc.constraint_name = tc.constraint_name "
            + "where tc.table_schema = ? order by tc.table_name, tc.constraint_name";
    private static final String KEY_COLUMNS = "select table_name, constraint_name, column_name, referenced_column_name "
            + "from information_schema.key_column_usage where table_schema = ? "
            + "order by table_name, constraint_name, ordinal_position";
    private static final String CHECKS = "select table_name, constraint_name, level, check_clause "
            + "from information_schema.check_constraints where constraint_schema = ? order by table_name, "
            + "constraint_name";
    private static final String INDEXES = "select table_name, index_name, non_unique, column_name, collation "
            + "from information_schema.statistics where table_schema = ? order by table_name, index_name, "
            + "seq_in_index";

    @Override
    public Schema read(Connection connection, String schema, Set<String> excludedTables) throws SQLException {
        Map<String, TableBuilder> tables = new LinkedHashMap<>();
        List<String> sequenceNames = new ArrayList<>();
        query(connection, TABLES, schema, rs -> {
            String name = rs.getString(1);
            if ("SEQUENCE".equals(rs.getString(2))) {
                sequenceNames.add(name);
            } else if ("BASE TABLE".equals(rs.getString(2)) && !excludedTables.contains(name)) {
                String comment = rs.getString(3);
                tables.put(name, new TableBuilder(name, comment == null || comment.isEmpty() ? null : comment));
            }
        });
        query(connection, COLUMNS, schema, rs -> {
            TableBuilder table = tables.get(rs.getString(1));
            if (table == null) {
                return;
            }
            String extra = rs.getString(6) == null ? "" : rs.getString(6).toLowerCase(Locale.ROOT);
            boolean generated = extra.contains("generated");
            String defaultValue = rs.getString(5);
            if (generated || "NULL".equals(defaultValue)) {
                defaultValue = null;
            }
            String comment = rs.getString(8);
            table.columns.add(new Column(rs.getString(2), rs.getString(3), "YES".equals(rs.getString(4)), defaultValue,
                    extra.contains("auto_increment") ? Column.Identity.BY_DEFAULT : Column.Identity.NONE,
                    generated ? rs.getString(7) : null, comment == null || comment.isEmpty() ? null : comment));
        });
        Map<String, List<String[]>> keyColumns = new HashMap<>();
        query(connection, KEY_COLUMNS, schema, rs -> keyColumns.computeIfAbsent(rs.getString(1) + "\u0000"
                + rs.getString(2), k -> new ArrayList<>()).add(new String[] {rs.getString(3), rs.getString(4)}));
        query(connection, CONSTRAINTS, schema, rs -> {
            TableBuilder table = tables.get(rs.getString(1));
            if (table == null) {
                return;
            }
            String name = rs.getString(2);
            List<String[]> keys = keyColumns.getOrDefault(rs.getString(1) + "\u0000" + name, List.of());
            List<String> columns = keys.stream().map(k -> k[0]).toList();
            switch (rs.getString(3)) {
                case "PRIMARY KEY" -> table.primaryKey = new PrimaryKey(name, columns);
                case "UNIQUE" -> table.uniqueKeys.add(new UniqueKey(name, columns));
                case "FOREIGN KEY" -> {
                    table.foreignKeys.add(new ForeignKey(name, columns, rs.getString(4),
                            keys.stream().map(k -> k[1]).toList(), rule(rs.getString(5)), rule(rs.getString(6)),
                            schema.equals(rs.getString(7)) ? null : rs.getString(7)));
                }
                default -> { }
            }
        });
        query(connection, CHECKS, schema, rs -> {
            TableBuilder table = tables.get(rs.getString(1));
            String clause = rs.getString(4);
            boolean jsonValid = "Column".equals(rs.getString(3))
                    && clause.equals("json_valid(`" + rs.getString(2) + "`)");
            if (table != null && !jsonValid) {
                table.checks.add(new Check(rs.getString(2), clause));
            }
        });
        Map<String, Object[]> indexes = new LinkedHashMap<>();
        query(connection, INDEXES, schema, rs -> {
            TableBuilder table = tables.get(rs.getString(1));
            String name = rs.getString(2);
            if (table == null || name.equals("PRIMARY")
                    || table.uniqueKeys.stream().anyMatch(u -> u.name().equals(name))) {
                return;
            }
            boolean unique = rs.getInt(3) == 0;
            Object[] index = indexes.computeIfAbsent(table.name + "\u0000" + name,
                    k -> new Object[] {table, name, unique, new ArrayList<IndexKey>()});
            @SuppressWarnings("unchecked")
            List<IndexKey> keys = (List<IndexKey>) index[3];
            keys.add(new IndexKey(rs.getString(4), true, "D".equals(rs.getString(5))));
        });
        for (Object[] index : indexes.values()) {
            @SuppressWarnings("unchecked")
            List<IndexKey> keys = (List<IndexKey>) index[3];
            ((TableBuilder) index[0]).indexes.add(new Index((String) index[1], (Boolean) index[2], keys, null, null));
        }
        Map<String, Table> result = new LinkedHashMap<>();
        tables.values().forEach(t -> result.put(t.name, t.build()));
        return new Schema(result, sequences(connection, schema, sequenceNames));
    }

    /** All sequences' settings in one UNION query (MariaDB keeps them in the sequence objects themselves). */
    private static Map<String, Sequence> sequences(Connection connection, String schema, List<String> names)
            throws SQLException {
        Map<String, Sequence> sequences = new LinkedHashMap<>();
        if (names.isEmpty()) {
            return sequences;
        }
        StringBuilder sql = new StringBuilder();
        for (String name : names) {
            if (sql.length() > 0) {
                sql.append(" union all ");
            }
            String quoted = "`" + name.replace("`", "``") + "`";
            sql.append("select '").append(name.replace("'", "''")).append("', start_value, increment, minimum_value, ")
                    .append("maximum_value, cache_size, cycle_option from `").append(schema.replace("`", "``"))
                    .append("`.").append(quoted);
        }
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql.toString())) {
            while (rs.next()) {
                sequences.put(rs.getString(1), new Sequence(rs.getString(1), null, rs.getLong(2), rs.getLong(3),
                        rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getInt(7) != 0));
            }
        }
        return sequences;
    }

    private static String rule(String rule) {
        return rule == null ? ForeignKey.NO_ACTION : rule;
    }
}
