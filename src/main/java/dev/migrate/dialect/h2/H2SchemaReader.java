package dev.migrate.dialect.h2;

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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.migrate.dialect.Jdbc.query;

/**
 * Reads an H2 2.x schema from INFORMATION_SCHEMA in eight queries, building each column's type as H2 accepts it in
 * DDL ({@code CHARACTER VARYING(255)}, {@code TIMESTAMP(6) WITH TIME ZONE}, {@code ENUM('A', 'B')}).
 */
public final class H2SchemaReader implements SchemaReader {

    private static final String TABLES = "select table_name, remarks from information_schema.tables "
            + "where table_schema = ? and table_type = 'BASE TABLE'";
    private static final String COLUMNS = "select table_name, column_name, data_type, character_maximum_length, "
            + "numeric_precision, numeric_scale, datetime_precision, is_nullable, column_default, is_identity, "
            + "identity_generation, is_generated, generation_expression, remarks, dtd_identifier, maximum_cardinality, "
            + "interval_type from information_schema.columns where table_schema = ? "
            + "order by table_name, ordinal_position";
    private static final String ENUM_VALUES = "select object_name, enum_identifier, value_name "
            + "from information_schema.enum_values where object_schema = ? and object_type = 'TABLE' "
            + "order by object_name, enum_identifier, value_ordinal";
    private static final String ELEMENT_TYPES = "select object_name, collection_type_identifier, data_type, "
            + "character_maximum_length, numeric_precision, numeric_scale, datetime_precision "
            + "from information_schema.element_types where object_schema = ? and object_type = 'TABLE'";
    private static final String CONSTRAINTS = "select tc.table_name, tc.constraint_name, tc.constraint_type, "
            + "cc.check_clause, rc.unique_constraint_name, rc.delete_rule, rc.update_rule, "
            + "rc.unique_constraint_schema "
            + "from information_schema.table_constraints tc "
            + "left join information_schema.check_constraints cc on cc.constraint_schema = tc.constraint_schema "
            + "and cc.constraint_name = tc.constraint_name "
            + "left join information_schema.referential_constraints rc on rc.constraint_schema = "
            + "tc.constraint_schema and rc.constraint_name = tc.constraint_name "
            + "where tc.table_schema = ? order by tc.table_name, tc.constraint_name";
    private static final String KEY_COLUMNS = "select constraint_name, table_name, column_name "
            + "from information_schema.key_column_usage where table_schema = ? "
            + "order by constraint_name, ordinal_position";
    private static final String INDEXES = "select i.table_name, i.index_name, i.index_type_name, c.column_name, "
            + "c.ordering_specification from information_schema.indexes i join information_schema.index_columns c "
            + "on c.index_schema = i.index_schema and c.index_name = i.index_name "
            + "where i.table_schema = ? and i.is_generated = false order by i.table_name, i.index_name, "
            + "c.ordinal_position";
    private static final String REFERENCED_KEY = "select kcu.table_name, kcu.column_name "
            + "from information_schema.key_column_usage kcu where kcu.constraint_schema = ? "
            + "and kcu.constraint_name = ? order by kcu.ordinal_position";
    private static final String SEQUENCES = "select sequence_name, data_type, start_value, increment, "
            + "minimum_value, maximum_value, cache, cycle_option from information_schema.sequences "
            + "where sequence_schema = ? order by sequence_name";

    private static final long UNBOUNDED_LOB = Long.MAX_VALUE;
    private static final long DEFAULT_LENGTH = 1_000_000_000L;
    private static final long DEFAULT_CARDINALITY = 65_536L;

    @Override
    public Schema read(Connection connection, String schema, Set<String> excludedTables) throws SQLException {
        Map<String, TableBuilder> tables = new LinkedHashMap<>();
        query(connection, TABLES, schema, rs -> {
            if (!excludedTables.contains(rs.getString(1))) {
                tables.put(rs.getString(1), new TableBuilder(rs.getString(1), rs.getString(2)));
            }
        });
        Map<String, List<String>> enums = new HashMap<>();
        query(connection, ENUM_VALUES, schema, rs -> enums.computeIfAbsent(rs.getString(1) + "\u0000" + rs.getString(2),
                k -> new ArrayList<>()).add("'" + rs.getString(3).replace("'", "''") + "'"));
        Map<String, String> elements = new HashMap<>();
        query(connection, ELEMENT_TYPES, schema, rs -> elements.put(rs.getString(1) + "\u0000" + rs.getString(2),
                type(rs.getString(3), rs, 4)));
        query(connection, COLUMNS, schema, rs -> {
            TableBuilder table = tables.get(rs.getString(1));
            if (table == null) {
                return;
            }
            String key = rs.getString(1) + "\u0000" + rs.getString(15);
            String type = switch (rs.getString(3)) {
                case "ENUM" -> "ENUM(" + String.join(", ", enums.getOrDefault(key, List.of())) + ")";
                case "ARRAY" -> elements.get(key) + " ARRAY" + (rs.getLong(16) == DEFAULT_CARDINALITY ? ""
                        : "[" + rs.getLong(16) + "]");
                case "INTERVAL" -> "INTERVAL " + rs.getString(17);
                default -> type(rs.getString(3), rs, 4);
            };
            boolean identity = "YES".equals(rs.getString(10));
            boolean generated = "ALWAYS".equals(rs.getString(12));
            table.columns.add(new Column(rs.getString(2), type, "YES".equals(rs.getString(8)),
                    identity || generated ? null : rs.getString(9),
                    !identity ? Column.Identity.NONE : "ALWAYS".equals(rs.getString(11)) ? Column.Identity.ALWAYS
                            : Column.Identity.BY_DEFAULT,
                    generated ? rs.getString(13) : null, rs.getString(14)));
        });
        Map<String, List<String>> keyColumns = new HashMap<>();
        query(connection, KEY_COLUMNS, schema, rs -> keyColumns.computeIfAbsent(rs.getString(1),
                k -> new ArrayList<>()).add(rs.getString(3)));
        Map<String, String> constraintTables = new HashMap<>();
        List<String[]> foreignKeys = new ArrayList<>();
        query(connection, CONSTRAINTS, schema, rs -> {
            constraintTables.put(rs.getString(2), rs.getString(1));
            TableBuilder table = tables.get(rs.getString(1));
            if (table == null) {
                return;
            }
            String name = rs.getString(2);
            List<String> columns = keyColumns.getOrDefault(name, List.of());
            switch (rs.getString(3)) {
                case "PRIMARY KEY" -> table.primaryKey = new PrimaryKey(name, columns);
                case "UNIQUE" -> table.uniqueKeys.add(new UniqueKey(name, columns));
                case "CHECK" -> table.checks.add(new Check(name, rs.getString(4)));
                case "FOREIGN KEY" -> foreignKeys.add(new String[] {rs.getString(1), name, rs.getString(5),
                        rule(rs.getString(6)), rule(rs.getString(7)), rs.getString(8)});
                default -> { }
            }
        });
        for (String[] fk : foreignKeys) {
            if (fk[5] != null && !fk[5].equals(schema)) {
                tables.get(fk[0]).foreignKeys.add(referencingOtherSchema(connection, fk, keyColumns));
                continue;
            }
            tables.get(fk[0]).foreignKeys.add(new ForeignKey(fk[1], keyColumns.getOrDefault(fk[1], List.of()),
                    constraintTables.get(fk[2]), keyColumns.getOrDefault(fk[2], List.of()), fk[3], fk[4]));
        }
        Map<String, Object[]> indexes = new LinkedHashMap<>();
        query(connection, INDEXES, schema, rs -> {
            if (!tables.containsKey(rs.getString(1))) {
                return;
            }
            String table = rs.getString(1);
            String name = rs.getString(2);
            boolean unique = rs.getString(3).startsWith("UNIQUE");
            Object[] index = indexes.computeIfAbsent(table + "\u0000" + name,
                    k -> new Object[] {table, name, unique, new ArrayList<IndexKey>()});
            @SuppressWarnings("unchecked")
            List<IndexKey> keys = (List<IndexKey>) index[3];
            keys.add(new IndexKey(rs.getString(4), true, "DESC".equals(rs.getString(5))));
        });
        for (Object[] index : indexes.values()) {
            @SuppressWarnings("unchecked")
            List<IndexKey> keys = (List<IndexKey>) index[3];
            tables.get((String) index[0]).indexes.add(new Index((String) index[1], (Boolean) index[2], keys, null,
                    null));
        }
        Map<String, Sequence> sequences = new LinkedHashMap<>();
        query(connection, SEQUENCES, schema, rs -> sequences.put(rs.getString(1), new Sequence(rs.getString(1),
                rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7),
                "YES".equals(rs.getString(8)))));
        Map<String, Table> result = new LinkedHashMap<>();
        tables.values().forEach(t -> result.put(t.name, t.build()));
        return new Schema(result, sequences);
    }

    /** A foreign key whose referenced key ({@code fk[2]}) is in the schema {@code fk[5]}: one more query. */
    private static ForeignKey referencingOtherSchema(Connection connection, String[] fk,
                                                     Map<String, List<String>> keyColumns) throws SQLException {
        List<String> referencedColumns = new ArrayList<>();
        String[] referencedTable = new String[1];
        try (PreparedStatement ps = connection.prepareStatement(REFERENCED_KEY)) {
            ps.setString(1, fk[5]);
            ps.setString(2, fk[2]);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    referencedTable[0] = rs.getString(1);
                    referencedColumns.add(rs.getString(2));
                }
            }
        }
        return new ForeignKey(fk[1], keyColumns.getOrDefault(fk[1], List.of()), referencedTable[0],
                referencedColumns, fk[3], fk[4], fk[5]);
    }

    /** H2 treats NO ACTION as RESTRICT and reports it so; both mean the default. */
    private static String rule(String rule) {
        return rule == null || rule.equals("RESTRICT") ? ForeignKey.NO_ACTION : rule;
    }

    /**
     * A type as H2 accepts it in DDL, from the data type and the length, precision, scale and datetime precision
     * found in the four columns starting at {@code first}.
     */
    private static String type(String dataType, ResultSet rs, int first)
            throws SQLException {
        long length = rs.getLong(first);
        boolean hasLength = !rs.wasNull();
        long precision = rs.getLong(first + 1);
        long scale = rs.getLong(first + 2);
        long datetimePrecision = rs.getLong(first + 3);
        boolean hasDatetimePrecision = !rs.wasNull();
        switch (dataType) {
            case "CHARACTER VARYING", "VARCHAR_IGNORECASE", "CHARACTER", "BINARY VARYING", "BINARY", "JSON" -> {
                return hasLength && length != DEFAULT_LENGTH ? dataType + "(" + length + ")" : dataType;
            }
            case "CHARACTER LARGE OBJECT", "BINARY LARGE OBJECT" -> {
                return hasLength && length != UNBOUNDED_LOB ? dataType + "(" + length + ")" : dataType;
            }
            case "NUMERIC", "DECIMAL" -> {
                return dataType + "(" + precision + ", " + scale + ")";
            }
            case "DECFLOAT" -> {
                return dataType + "(" + precision + ")";
            }
            case "TIME", "TIMESTAMP" -> {
                return hasDatetimePrecision ? dataType + "(" + datetimePrecision + ")" : dataType;
            }
            case "TIME WITH TIME ZONE", "TIMESTAMP WITH TIME ZONE" -> {
                String base = dataType.substring(0, dataType.indexOf(' '));
                return hasDatetimePrecision ? base + "(" + datetimePrecision + ") WITH TIME ZONE" : dataType;
            }
            default -> {
                return dataType;
            }
        }
    }
}
