package dev.migrate.dialect;

import java.util.ArrayList;
import java.util.List;

/**
 * Hibernate's create script with its tables and sequences made temporary, for PostgreSQL's scratch schema: a
 * temporary relation is neither WAL-logged nor synced to disk when its indexes are built, which about halves the
 * time the server takes to run the script (figures: bench/what-we-changed.md, item 15). The
 * catalog spells temporary tables, their columns, constraints, indexes and sequences as it spells the plain ones.
 */
public final class TemporaryScript {

    private static final String TABLE = "create table ";
    private static final String SEQUENCE = "create sequence ";
    private static final String TYPE = "create type ";

    private TemporaryScript() {
    }

    /**
     * The script with each {@code create table} and {@code create sequence} made {@code create temporary ...} and
     * each {@code create type} (Hibernate's named enums) placed in {@code pg_temp}, beside the tables that use it and
     * where the reader reads it back; every other statement is kept, and finds the temporary relations and types
     * first on the search path. Null when a table, sequence or type is created with a schema-qualified name: a
     * temporary relation cannot be placed in a schema.
     */
    public static List<String> of(List<String> script) {
        List<String> temporary = new ArrayList<>(script.size());
        for (String sql : script) {
            String created = sql.regionMatches(true, 0, TABLE, 0, TABLE.length()) ? TABLE
                    : sql.regionMatches(true, 0, SEQUENCE, 0, SEQUENCE.length()) ? SEQUENCE : null;
            if (created == null && sql.regionMatches(true, 0, TYPE, 0, TYPE.length())) {
                if (qualified(sql, TYPE.length())) {
                    return null;
                }
                temporary.add(sql.substring(0, TYPE.length()) + "pg_temp."
                        + sql.substring(TYPE.length()).stripLeading());
                continue;
            }
            if (created == null) {
                temporary.add(sql);
                continue;
            }
            if (qualified(sql, created.length())) {
                return null;
            }
            temporary.add("create temporary " + sql.substring("create ".length()));
        }
        return temporary;
    }

    /** Whether the name that starts at {@code at} (after an optional {@code if not exists}) has a schema. */
    static boolean qualified(String sql, int at) {
        int i = skipSpace(sql, at);
        if (sql.regionMatches(true, i, "if not exists", 0, "if not exists".length())) {
            i = skipSpace(sql, i + "if not exists".length());
        }
        if (i < sql.length() && sql.charAt(i) == '"') {
            i++;
            while (i < sql.length()) {
                if (sql.charAt(i) == '"') {
                    if (i + 1 < sql.length() && sql.charAt(i + 1) == '"') {
                        i += 2;
                        continue;
                    }
                    i++;
                    break;
                }
                i++;
            }
        } else {
            while (i < sql.length() && !Character.isWhitespace(sql.charAt(i)) && "(.".indexOf(sql.charAt(i)) < 0) {
                i++;
            }
        }
        int next = skipSpace(sql, i);
        return next < sql.length() && sql.charAt(next) == '.';
    }

    private static int skipSpace(String sql, int at) {
        int i = at;
        while (i < sql.length() && Character.isWhitespace(sql.charAt(i))) {
            i++;
        }
        return i;
    }
}
