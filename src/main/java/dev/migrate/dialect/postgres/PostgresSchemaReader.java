package dev.migrate.dialect.postgres;

import dev.migrate.schema.Check;
import dev.migrate.schema.Column;
import dev.migrate.schema.EnumType;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.IndexKey;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueKey;
import dev.migrate.dialect.TableBuilder;
import dev.migrate.dialect.CatalogChanges;
import dev.migrate.dialect.Jdbc;
import dev.migrate.dialect.SchemaReader;

import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.migrate.dialect.Jdbc.query;

/**
 * Reads a PostgreSQL schema from pg_catalog in six queries (tables, columns, constraints, index keys, sequences,
 * enum types), with types, defaults and expressions spelled by the server itself ({@code format_type},
 * {@code pg_get_expr}).
 */
public final class PostgresSchemaReader implements SchemaReader {

    private static final String TABLES = "select c.relname, obj_description(c.oid, 'pg_class') from pg_class c "
            + "join pg_namespace n on n.oid = c.relnamespace where n.nspname = ? and c.relkind in ('r', 'p')";

    private static final String COLUMNS = "select c.relname, a.attname, format_type(a.atttypid, a.atttypmod), "
            + "a.attnotnull, pg_get_expr(d.adbin, d.adrelid), a.attidentity, a.attgenerated, "
            + "col_description(c.oid, a.attnum), "
            + "case when t.typnamespace = n.oid then quote_ident(n.nspname) || '.' end "
            + "from pg_attribute a join pg_class c on c.oid = a.attrelid "
            + "join pg_namespace n on n.oid = c.relnamespace join pg_type t on t.oid = a.atttypid "
            + "left join pg_attrdef d on d.adrelid = a.attrelid "
            + "and d.adnum = a.attnum where n.nspname = ? and c.relkind in ('r', 'p') and a.attnum > 0 "
            + "and not a.attisdropped order by c.relname, a.attnum";

    private static final String CONSTRAINTS = "select c.relname, con.conname, con.contype, "
            + "pg_get_constraintdef(con.oid), "
            + "array(select a.attname from unnest(con.conkey) with ordinality k(attnum, ord) join pg_attribute a "
            + "on a.attrelid = con.conrelid and a.attnum = k.attnum order by k.ord), "
            + "r.relname, "
            + "array(select a.attname from unnest(con.confkey) with ordinality k(attnum, ord) join pg_attribute a "
            + "on a.attrelid = con.confrelid and a.attnum = k.attnum order by k.ord), "
            + "con.confdeltype, con.confupdtype, rn.nspname "
            + "from pg_constraint con join pg_class c on c.oid = con.conrelid "
            + "join pg_namespace n on n.oid = c.relnamespace left join pg_class r on r.oid = con.confrelid "
            + "left join pg_namespace rn on rn.oid = r.relnamespace "
            + "where n.nspname = ? and con.contype in ('p', 'u', 'f', 'c') and c.relkind in ('r', 'p') "
            + "order by c.relname, con.conname";

    private static final String INDEX_KEYS = "select t.relname, i.relname, ix.indisunique, am.amname, "
            + "pg_get_expr(ix.indpred, ix.indrelid), k.attnum, a.attname, "
            + "pg_get_indexdef(ix.indexrelid, k.ord::int, false), ((ix.indoption::int2[])[k.ord - 1] & 1) = 1 "
            + "from pg_index ix join pg_class i on i.oid = ix.indexrelid join pg_class t on t.oid = ix.indrelid "
            + "join pg_namespace n on n.oid = t.relnamespace join pg_am am on am.oid = i.relam "
            + "cross join lateral unnest(ix.indkey::int2[]) with ordinality k(attnum, ord) "
            + "left join pg_attribute a on a.attrelid = ix.indrelid and a.attnum = k.attnum "
            + "where n.nspname = ? and t.relkind in ('r', 'p') and k.ord <= ix.indnkeyatts "
            + "and not exists (select 1 from pg_constraint con where con.conindid = ix.indexrelid) "
            + "order by t.relname, i.relname, k.ord";

    private static final String SEQUENCES = "select c.relname, format_type(s.seqtypid, null), s.seqstart, "
            + "s.seqincrement, s.seqmin, s.seqmax, s.seqcache, s.seqcycle from pg_sequence s "
            + "join pg_class c on c.oid = s.seqrelid join pg_namespace n on n.oid = c.relnamespace "
            + "where n.nspname = ? and not exists (select 1 from pg_depend d where d.classid = "
            + "'pg_class'::regclass and d.objid = c.oid and d.deptype in ('a', 'i')) order by c.relname";

    private static final String ENUM_TYPES = "select t.typname, array(select e.enumlabel::text from pg_enum e "
            + "where e.enumtypid = t.oid order by e.enumsortorder) from pg_type t "
            + "join pg_namespace n on n.oid = t.typnamespace where n.nspname = ? and t.typtype = 'e' "
            + "order by t.typname";

    /** The queries of one table's parts, narrowed to the tables named by a second parameter (a text array). */
    private static final String TABLES_NAMED = named(TABLES, "c.relname");
    private static final String COLUMNS_NAMED = named(COLUMNS, "c.relname");
    private static final String CONSTRAINTS_NAMED = named(CONSTRAINTS, "c.relname");
    private static final String INDEX_KEYS_NAMED = named(INDEX_KEYS, "t.relname");
    /** The four, sent in one round trip. */
    private static final String TABLES_COLUMNS_CONSTRAINTS_INDEX_KEYS_NAMED = String.join("; ", TABLES_NAMED,
            COLUMNS_NAMED, CONSTRAINTS_NAMED, INDEX_KEYS_NAMED);

    @Override
    public Schema read(Connection connection, String schema, Set<String> excludedTables) throws SQLException {
        return new Schema(tables(connection, schema, null, excludedTables), sequences(connection, schema),
                enumTypes(connection, schema));
    }

    @Override
    public Schema readParts(Connection connection, String schema, Set<String> tables, boolean sequences,
                            boolean enumTypes) throws SQLException {
        return new Schema(tables.isEmpty() ? Map.of() : tables(connection, schema, tables, Set.of()),
                sequences ? sequences(connection, schema) : Map.of(),
                enumTypes ? enumTypes(connection, schema) : Map.of());
    }

    @Override
    public CatalogChanges changes(String schema) {
        return new PostgresCatalogChanges(schema);
    }

    /** {@code sql} with {@code and <column> = any(?)} before its {@code order by}. */
    private static String named(String sql, String column) {
        int order = sql.lastIndexOf(" order by ");
        String condition = " and " + column + " = any(array(select unnest(?::text[])))";
        return order < 0 ? sql + condition : sql.substring(0, order) + condition + sql.substring(order);
    }

    /** The tables of {@code schema}: all but {@code excludedTables}, or only those {@code named} when not null. */
    private static Map<String, Table> tables(Connection connection, String schema, Set<String> named,
                                             Set<String> excludedTables) throws SQLException {
        Map<String, TableBuilder> tables = new LinkedHashMap<>();
        Jdbc.Row tableRow = rs -> {
            if (!excludedTables.contains(rs.getString(1))) {
                tables.put(rs.getString(1), new TableBuilder(rs.getString(1), rs.getString(2)));
            }
        };
        Jdbc.Row columnRow = rs -> {
            TableBuilder table = tables.get(rs.getString(1));
            if (table == null) {
                return;
            }
            String identity = rs.getString(6);
            boolean generated = "s".equals(rs.getString(7));
            String ownTypePrefix = rs.getString(9);
            String expression = ownTypePrefix == null || rs.getString(5) == null ? rs.getString(5)
                    : rs.getString(5).replace("::" + ownTypePrefix, "::");
            table.columns.add(new Column(rs.getString(2), unqualified(rs.getString(3), ownTypePrefix),
                    !rs.getBoolean(4), generated ? null : expression,
                    "a".equals(identity) ? Column.Identity.ALWAYS : "d".equals(identity) ? Column.Identity.BY_DEFAULT
                            : Column.Identity.NONE,
                    generated ? expression : null, rs.getString(8)));
        };
        Jdbc.Row constraintRow = rs -> {
            TableBuilder table = tables.get(rs.getString(1));
            if (table == null) {
                return;
            }
            String name = rs.getString(2);
            List<String> columns = strings(rs.getArray(5));
            switch (rs.getString(3)) {
                case "p" -> table.primaryKey = new PrimaryKey(name, columns);
                case "u" -> table.uniqueKeys.add(new UniqueKey(name, columns));
                case "f" -> table.foreignKeys.add(new ForeignKey(name, columns, rs.getString(6),
                        strings(rs.getArray(7)), action(rs.getString(8)), action(rs.getString(9)),
                        schema.equals(rs.getString(10)) ? null : rs.getString(10)));
                default -> table.checks.add(new Check(name, checkExpression(rs.getString(4))));
            }
        };
        Map<String, IndexBuilder> indexes = new LinkedHashMap<>();
        Jdbc.Row indexKeyRow = rs -> {
            if (!tables.containsKey(rs.getString(1))) {
                return;
            }
            IndexBuilder index = indexes.computeIfAbsent(rs.getString(1) + "\u0000" + rs.getString(2),
                    key -> new IndexBuilder(rs, tables));
            boolean column = rs.getInt(6) != 0;
            index.keys.add(new IndexKey(column ? rs.getString(7) : rs.getString(8), column, rs.getBoolean(9)));
        };
        if (named == null) {
            query(connection, TABLES, schema, tableRow);
            query(connection, COLUMNS, schema, columnRow);
            query(connection, CONSTRAINTS, schema, constraintRow);
            query(connection, INDEX_KEYS, schema, indexKeyRow);
        } else {
            Array names = connection.createArrayOf("text", named.toArray());
            Jdbc.rowsOfEach(connection, TABLES_COLUMNS_CONSTRAINTS_INDEX_KEYS_NAMED, List.of(tableRow, columnRow,
                    constraintRow, indexKeyRow), schema, names, schema, names, schema, names, schema, names);
        }
        indexes.values().forEach(IndexBuilder::build);
        Map<String, Table> result = new LinkedHashMap<>();
        tables.values().forEach(t -> result.put(t.name, t.build()));
        return result;
    }

    private static Map<String, Sequence> sequences(Connection connection, String schema) throws SQLException {
        Map<String, Sequence> sequences = new LinkedHashMap<>();
        query(connection, SEQUENCES, schema, rs -> sequences.put(rs.getString(1), new Sequence(rs.getString(1),
                rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7),
                rs.getBoolean(8))));
        return sequences;
    }

    private static Map<String, EnumType> enumTypes(Connection connection, String schema) throws SQLException {
        Map<String, EnumType> enumTypes = new LinkedHashMap<>();
        query(connection, ENUM_TYPES, schema, rs -> enumTypes.put(rs.getString(1),
                new EnumType(rs.getString(1), strings(rs.getArray(2)))));
        return enumTypes;
    }

    /**
     * A type of the read schema itself without its schema: {@code format_type} qualifies a type whose schema is not
     * on the search path ({@code tenant_a.kind}), and the same type must compare equal wherever it is read (a
     * default's cast to it, {@code 'A'::tenant_a.kind}, likewise loses the schema).
     */
    static String unqualified(String type, String ownSchemaPrefix) {
        return ownSchemaPrefix != null && type.startsWith(ownSchemaPrefix)
                ? type.substring(ownSchemaPrefix.length()) : type;
    }

    /** {@code CHECK ((a > 0))} gives {@code (a > 0)}, so that {@code CHECK (<expression>)} recreates it. */
    public static String checkExpression(String definition) {
        String expression = definition.strip();
        if (expression.endsWith(" NOT VALID")) {
            expression = expression.substring(0, expression.length() - " NOT VALID".length());
        }
        if (expression.startsWith("CHECK ")) {
            expression = expression.substring("CHECK ".length()).strip();
        }
        if (expression.startsWith("(") && expression.endsWith(")")) {
            expression = expression.substring(1, expression.length() - 1);
        }
        return expression;
    }

    static String action(String code) {
        return switch (code) {
            case "r" -> "RESTRICT";
            case "c" -> "CASCADE";
            case "n" -> "SET NULL";
            case "d" -> "SET DEFAULT";
            default -> ForeignKey.NO_ACTION;
        };
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }

    private static final class IndexBuilder {
        final TableBuilder table;
        final String name;
        final boolean unique;
        final String method;
        final String predicate;
        final List<IndexKey> keys = new ArrayList<>();

        IndexBuilder(ResultSet rs, Map<String, TableBuilder> tables) {
            try {
                this.table = tables.get(rs.getString(1));
                this.name = rs.getString(2);
                this.unique = rs.getBoolean(3);
                this.method = rs.getString(4);
                this.predicate = rs.getString(5);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        void build() {
            table.indexes.add(new Index(name, unique, keys, predicate, method));
        }
    }
}
