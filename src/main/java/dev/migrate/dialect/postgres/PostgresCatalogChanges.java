package dev.migrate.dialect.postgres;

import dev.migrate.dialect.CatalogChanges;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import static dev.migrate.dialect.Jdbc.rows;

/**
 * What changed in a PostgreSQL schema between two reads, told by the catalog itself in one query that costs what
 * changed plus one pass over the database's own catalog rows (those of objects it created, oid 16384 and up). A row
 * that was written after the last read has an xmin that was not assigned yet then, or was running then; a row that
 * was deleted shows in the number of rows of its catalog. From the rows written since, the query finds the tables
 * they belong to (a column, index, default, constraint or comment is its table's) and the tables that show their
 * names: those that depend on a changed table, column, sequence or type in {@code pg_depend} (a foreign key shows
 * the table and columns it references, a default its sequence, a column its type), and the table a foreign key
 * references (its index is not listed while a key uses it). Everything is read again when a row was deleted from
 * a catalog where that cannot be placed (a dropped table, index, constraint, default, comment or type), when a
 * schema, function, operator or collation changed (they change how expressions are printed), or when the search
 * path changed. Changes to PostgreSQL's own objects (oid below 16384), which only a superuser can alter, are not seen.
 */
final class PostgresCatalogChanges implements CatalogChanges {

    /**
     * The catalogs' rows of objects the database made (oid 16384 and up) with their xmin: each is scanned once, for
     * the rows written since the last call and for the number of rows.
     */
    private static final String ROWS = "cls as (select oid, relkind, xmin from pg_class where oid >= 16384), "
            + "con as (select oid, xmin from pg_constraint where oid >= 16384), "
            + "def as (select oid, xmin from pg_attrdef where oid >= 16384), "
            + "com as (select objoid, classoid, objsubid, xmin from pg_description where objoid >= 16384), "
            + "typ as (select oid, xmin from pg_type where oid >= 16384), "
            + "enu as (select oid, xmin from pg_enum where oid >= 16384), "
            + "own as (select d.* from pg_sequence q cross join lateral (select d.objid, d.refclassid, d.refobjid, "
            + "d.refobjsubid, d.deptype, d.xmin from pg_depend d where d.classid = 1259 and d.objid = q.seqrelid "
            + "and d.objsubid = 0 offset 0) d), "
            + "nsp as (select oid, xmin from pg_namespace), "
            + "fun as (select oid, xmin from pg_proc where oid >= 16384), "
            + "opr as (select oid, xmin from pg_operator where oid >= 16384), "
            + "col as (select oid, xmin from pg_collation where oid >= 16384), ";

    /**
     * Whether a row was written by a transaction that started after the last call (its age is not greater than that
     * of the first transaction id not assigned then), or that was running then.
     */
    private static final String NEW = "(w.age is null or age(%1$s.xmin) <= w.age or %1$s.xmin = any(w.running))";

    private static final String CHANGES = "with w as (select age(?::text::xid) as age, array(select x::text::xid "
            + "from unnest(string_to_array(?, ',')) x) as running offset 0), "
            + "s as (select oid from pg_namespace where nspname = ? offset 0), " + ROWS
            + "ch (cat, key, classid, objid, detail) as ("
            + "select 'class', c.oid::text, 1259::oid, c.oid, c.relkind::text from cls c, w where " + written("c")
            + " union all select 'attribute', a.attrelid || '.' || a.attnum, 1259::oid, a.attrelid, null "
            + "from pg_attribute a, w where a.attrelid >= 16384 and a.attnum > 0 and " + written("a")
            + " union all select 'index', i.indexrelid::text, 1259::oid, i.indrelid, null from pg_index i, w "
            + "where i.indexrelid >= 16384 and " + written("i")
            + " union all select 'constraint', k.oid::text, 2606::oid, k.oid, null from con k, w where "
            + written("k")
            + " union all select 'default', d.oid::text, 2604::oid, d.oid, null from def d, w where " + written("d")
            + " union all select 'comment', m.objoid || '.' || m.classoid || '.' || m.objsubid, m.classoid, "
            + "m.objoid, null from com m, w where " + written("m")
            + " union all select 'type', t.oid::text, 1247::oid, t.oid, null from typ t, w where " + written("t")
            + " union all select 'enum', e.oid::text, null, null, null from enu e, w where " + written("e")
            + " union all select 'sequence', q.seqrelid::text, null, null, null from pg_sequence q, w where "
            + written("q")
            + " union all select 'sequence owner', d.objid || '.' || d.refclassid || '.' || d.refobjid || '.' "
            + "|| d.refobjsubid || d.deptype::text, null, null, null from own d, w where " + written("d")
            + " union all select 'namespace', n.oid::text, null, null, null from nsp n, w where " + written("n")
            + " union all select 'function', p.oid::text, null, null, null from fun p, w where " + written("p")
            + " union all select 'operator', o.oid::text, null, null, null from opr o, w where " + written("o")
            + " union all select 'collation', l.oid::text, null, null, null from col l, w where " + written("l")
            + "), objects (classid, objid) as (select classid, objid from ch where classid is not null "
            + "union select d.classid, d.objid from ch join pg_depend d on d.refclassid = ch.classid "
            + "and d.refobjid = ch.objid where ch.classid in (1247, 1259)), "
            + "tables (oid) as (select coalesce(i.indrelid, ad.adrelid, k.conrelid, "
            + "case when o.classid = 1259 then o.objid end) from objects o "
            + "left join pg_index i on o.classid = 1259 and i.indexrelid = o.objid "
            + "left join pg_attrdef ad on o.classid = 2604 and ad.oid = o.objid "
            + "left join pg_constraint k on o.classid = 2606 and k.oid = o.objid "
            + "union select k.confrelid from objects o join pg_constraint k on o.classid = 2606 and k.oid = o.objid) "
            + "select cat, key, detail from ch "
            + "union all select 'table', r.oid::text, case when r.relnamespace = s.oid and r.relkind in ('r', 'p') "
            + "then r.relname end from tables t join pg_class r on r.oid = t.oid, s "
            + "union all select 'count class', count(*)::text, null from cls "
            + "union all select 'count constraint', count(*)::text, null from con "
            + "union all select 'count default', count(*)::text, null from def "
            + "union all select 'count comment', count(*)::text, null from com "
            + "union all select 'count type', count(*)::text, null from typ "
            + "union all select 'count enum', count(*)::text, null from enu "
            + "union all select 'count sequence owner', count(*)::text, null from own "
            + "union all select 'count namespace', count(*)::text, null from nsp "
            + "union all select 'count function', count(*)::text, null from fun "
            + "union all select 'count operator', count(*)::text, null from opr "
            + "union all select 'count collation', count(*)::text, null from col "
            + "union all select 'path', current_schemas(true)::text, null "
            + "union all select 'horizon', (txid_snapshot_xmax(txid_current_snapshot()) & 4294967295)::text, "
            + "(select string_agg((x & 4294967295)::text, ',') from txid_snapshot_xip(txid_current_snapshot()) x)";

    /** Catalogs whose deleted rows cannot be placed: a deletion means a whole read. */
    private static final Set<String> COUNTED = Set.of("class", "constraint", "default", "comment", "type", "enum");

    /** Catalogs whose change changes how expressions are printed: any change means a whole read. */
    private static final Set<String> PRINTING = Set.of("namespace", "function", "operator", "collation");

    private final String schema;
    /** The first transaction id not assigned at the last call; null before the first. */
    private Long horizon;
    /** The transactions running at the last call, comma-separated (null: none). */
    private String running;
    private String path;
    /** The keys of the rows of each catalog in {@link #COUNTED}, and of the sequences' owners, at the last call. */
    private final Map<String, Set<String>> keys = new HashMap<>();
    /** The number of rows of each catalog in {@link #PRINTING} at the last call. */
    private final Map<String, Long> printing = new HashMap<>();
    /** The tables of the schema at the last call, by oid. */
    private final Map<String, String> tables = new HashMap<>();

    PostgresCatalogChanges(String schema) {
        this.schema = schema;
    }

    private static String written(String alias) {
        return String.format(NEW, alias);
    }

    @Override
    public void reset() {
        horizon = null;
    }

    @Override
    public Changes since(Connection connection) throws SQLException {
        Map<String, Set<String>> written = new HashMap<>();
        Map<String, Long> counts = new HashMap<>();
        Map<String, String> tablesWritten = new HashMap<>();
        String[] state = new String[3];
        boolean[] kinds = new boolean[2];
        rows(connection, CHANGES, rs -> {
            String cat = rs.getString(1);
            String key = rs.getString(2);
            if (cat.startsWith("count ")) {
                counts.put(cat.substring("count ".length()), Long.parseLong(key));
            } else if (cat.equals("table")) {
                tablesWritten.put(key, rs.getString(3));
            } else if (cat.equals("path")) {
                state[0] = key;
            } else if (cat.equals("horizon")) {
                state[1] = key;
                state[2] = rs.getString(3);
            } else {
                written.computeIfAbsent(cat, c -> new HashSet<>()).add(key);
                if (cat.equals("class") && "S".equals(rs.getString(3)) || cat.startsWith("sequence")) {
                    kinds[0] = true;
                } else if (cat.equals("type") || cat.equals("enum")) {
                    kinds[1] = true;
                }
            }
        }, horizon, running == null ? "" : running, schema);
        boolean first = horizon == null;
        horizon = Long.parseLong(state[1]);
        running = state[2];
        if (first) {
            remember(written, counts, tablesWritten, state[0]);
            return Changes.all();
        }
        boolean everything = !state[0].equals(path);
        for (String cat : PRINTING) {
            everything |= written.containsKey(cat) || !counts.get(cat).equals(printing.get(cat));
        }
        for (String cat : COUNTED) {
            everything |= add(cat, written) != counts.get(cat);
        }
        // a deleted owner row leaves the counts apart from then on: the sequences are then read each time
        boolean ownersDiffer = add("sequence owner", written) != counts.get("sequence owner");
        boolean sequences = kinds[0] || ownersDiffer;
        if (everything) {
            horizon = null;
            since(connection);
            return Changes.all();
        }
        Set<String> read = new LinkedHashSet<>();
        Set<String> gone = new LinkedHashSet<>();
        for (var table : tablesWritten.entrySet()) {
            String before = tables.get(table.getKey());
            String now = table.getValue();
            if (before != null && !before.equals(now)) {
                gone.add(before);
            }
            if (now == null) {
                tables.remove(table.getKey());
            } else {
                tables.put(table.getKey(), now);
                read.add(now);
            }
        }
        printing.putAll(counts);
        return new Changes(false, read, gone, sequences, kinds[1]);
    }

    /** Adds the keys of the rows of {@code cat} written since the last call to those known; returns how many. */
    private long add(String cat, Map<String, Set<String>> written) {
        Set<String> known = keys.get(cat);
        known.addAll(written.getOrDefault(cat, Set.of()));
        return known.size();
    }

    /** Takes a listing of every row (the first call) as the state the next call compares with. */
    private void remember(Map<String, Set<String>> written, Map<String, Long> counts, Map<String, String> listed,
                          String searchPath) {
        keys.clear();
        for (String cat : COUNTED) {
            keys.put(cat, new HashSet<>(written.getOrDefault(cat, Set.of())));
        }
        keys.put("sequence owner", new HashSet<>(written.getOrDefault("sequence owner", Set.of())));
        printing.clear();
        printing.putAll(counts);
        tables.clear();
        listed.forEach((oid, name) -> {
            if (name != null) {
                tables.put(oid, name);
            }
        });
        path = searchPath;
    }
}
