package dev.migrate.dialect;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Writes identifiers as stored in a catalog so the database reads them back exactly: quoted only when needed. */
public final class Identifiers {

    /** Words reserved by PostgreSQL, H2 or MariaDB that cannot be used unquoted as table or column names. */
    static final Set<String> RESERVED = Set.of(
            "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "authorization", "between",
            "binary", "both", "case", "cast", "check", "collate", "column", "constraint", "create", "cross",
            "current_catalog", "current_date", "current_role", "current_schema", "current_time", "current_timestamp",
            "current_user", "default", "deferrable", "desc", "distinct", "do", "else", "end", "except", "exists",
            "false", "fetch", "for", "foreign", "from", "full", "grant", "group", "having", "if", "ilike", "in",
            "initially", "inner", "intersect", "interval", "into", "is", "join", "key", "lateral", "leading", "left",
            "like", "limit", "localtime", "localtimestamp", "minus", "natural", "not", "null", "offset", "on", "only",
            "or", "order", "outer", "over", "placing", "primary", "qualify", "references", "returning", "right",
            "row", "rownum", "select", "session_user", "set", "some", "symmetric", "system_user", "table",
            "tablesample", "then", "to", "top", "trailing", "true", "union", "unique", "unknown", "user", "using",
            "value", "values", "variadic", "verbose", "when", "where", "window", "with", "year", "month", "day",
            "hour", "minute", "second", "_rowid_", "index", "range", "read", "write", "option", "change", "status");

    private Identifiers() {
    }

    public static String write(String stored, Pattern plain, char quote) {
        if (plain.matcher(stored).matches() && !RESERVED.contains(stored.toLowerCase(Locale.ROOT))) {
            return stored;
        }
        String q = String.valueOf(quote);
        return q + stored.replace(q, q + q) + q;
    }
}
