package dev.migrate.dialect;

import dev.migrate.schema.Check;
import dev.migrate.schema.Column;
import dev.migrate.schema.Namespaces;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * How checks and defaults read in a revision. Schemas are compared in the catalog's spelling, which is hard to read
 * ({@code ((type)::text = ANY ((ARRAY['A'::character varying, ...])::text[]))}); a revision writes Hibernate's own
 * text instead ({@code type in ('A','B')}), which the database stores exactly as Hibernate's own create does. Column
 * names inside a check are written as everywhere else in the revision ({@link Dialect#identifier}).
 */
public final class RevisionSpelling {

    /** Words of an expression that are never column names, however a table names its columns. */
    private static final Set<String> OPERATORS = Set.of("and", "or", "not", "in", "any", "all", "some", "between",
            "like", "ilike", "is", "null", "true", "false", "array", "case", "when", "then", "else", "end", "cast",
            "as", "escape", "similar", "distinct", "from", "exists", "collate", "regexp", "rlike", "symmetric");

    /** Words that begin a type of more than one word, as PostgreSQL prints casts. */
    private static final Set<String> CAST_WORDS = Set.of("character", "double", "timestamp", "time", "bit",
            "national", "with", "without", "varying", "precision");

    private RevisionSpelling() {
    }

    /**
     * {@code desired} (Hibernate's {@code script} applied in a scratch namespace and read back) with each check and
     * default that the script wrote carrying the script's text, and each check's column names written alike.
     */
    public static Schema desired(Schema desired, List<String> script, Dialect dialect) {
        Map<String, ScriptTable> written = ScriptTable.parse(script, dialect);
        Map<String, Table> tables = new LinkedHashMap<>();
        for (Table table : desired.tables().values()) {
            ScriptTable source = written.getOrDefault(table.name(), new ScriptTable());
            Set<String> columns = columnNames(table);
            List<Column> withDefaults = new ArrayList<>();
            for (Column column : table.columns()) {
                String text = source.defaults.get(column.name());
                withDefaults.add(column.defaultValue() != null && text != null ? column.withWrittenDefault(text)
                        : column);
            }
            List<ScriptCheck> unmatched = new ArrayList<>(source.checks);
            List<Check> checks = new ArrayList<>();
            for (Check check : table.checks()) {
                ScriptCheck twin = twin(check, unmatched, columns, dialect);
                if (twin != null) {
                    unmatched.remove(twin);
                }
                checks.add(check.writtenAs(columnsWritten(twin == null ? check.expression() : twin.text, columns,
                        dialect)));
            }
            tables.put(Namespaces.key(table), table.withColumns(withDefaults).withChecks(checks));
        }
        return desired.withTables(tables);
    }

    /** {@code live} with each check's column names written as everywhere else in a revision (for downgrades). */
    public static Schema live(Schema live, Dialect dialect) {
        Map<String, Table> tables = new LinkedHashMap<>();
        for (Table table : live.tables().values()) {
            Set<String> columns = columnNames(table);
            List<Check> checks = table.checks().stream()
                    .map(c -> c.writtenAs(columnsWritten(c.expression(), columns, dialect))).toList();
            tables.put(Namespaces.key(table), table.withChecks(checks));
        }
        return live.withTables(tables);
    }

    /**
     * The script's check that the catalog's {@code check} came from: the one of the same name, else the first one
     * with the same literals and columns (the catalog respells operators, casts and quotes, never those; a name may
     * have been shortened).
     */
    private static ScriptCheck twin(Check check, List<ScriptCheck> candidates, Set<String> columns, Dialect dialect) {
        for (ScriptCheck candidate : candidates) {
            if (candidate.name != null && candidate.name.equals(check.name())) {
                return candidate;
            }
        }
        String print = fingerprint(check.expression(), columns, dialect);
        for (ScriptCheck candidate : candidates) {
            if (fingerprint(candidate.text, columns, dialect).equals(print)) {
                return candidate;
            }
        }
        return null;
    }

    private static Set<String> columnNames(Table table) {
        return table.columns().stream().map(Column::name).collect(Collectors.toSet());
    }

    /** The literals (sign and trailing zeros aside) and the column names an expression mentions. */
    static String fingerprint(String expression, Set<String> columns, Dialect dialect) {
        List<String> literals = new ArrayList<>();
        Set<String> mentioned = new TreeSet<>();
        List<Token> tokens = Token.lex(expression);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.text.equals("::") || t.is("as")) {
                i = afterType(tokens, i + 1) - 1;
            } else if (t.kind == Kind.STRING || t.kind == Kind.NUMBER) {
                literals.add(literal(t.value));
            } else {
                String column = columnAt(tokens, i, columns, dialect);
                if (column != null) {
                    mentioned.add(column);
                }
            }
        }
        literals.sort(null);
        return literals + " " + mentioned;
    }

    /** The index after the type that starts at {@code i}: its words and a size in parentheses. */
    private static int afterType(List<Token> tokens, int i) {
        while (i < tokens.size() && (tokens.get(i).kind == Kind.SPACE || tokens.get(i).kind == Kind.WORD)) {
            i++;
        }
        if (i < tokens.size() && tokens.get(i).text.equals("(")) {
            while (i < tokens.size() && !tokens.get(i).text.equals(")")) {
                i++;
            }
            i++;
        }
        return i;
    }

    private static String literal(String value) {
        String v = value.startsWith("-") ? value.substring(1) : value;
        try {
            return new BigDecimal(v).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return value;
        }
    }

    /**
     * {@code expression} with every column name written as {@link Dialect#identifier} writes it, and without
     * parentheses around all of it (the revision writes {@code CHECK (...)} around it anyway).
     */
    static String columnsWritten(String expression, Set<String> columns, Dialect dialect) {
        StringBuilder out = new StringBuilder();
        List<Token> tokens = Token.lex(expression.strip());
        while (tokens.size() > 2 && tokens.get(0).text.equals("(")
                && ScriptTable.close(tokens, 0) == tokens.size() - 1) {
            tokens = tokens.subList(1, tokens.size() - 1);
        }
        for (int i = 0; i < tokens.size(); i++) {
            String column = columnAt(tokens, i, columns, dialect);
            out.append(column == null ? tokens.get(i).text : dialect.identifier(column));
        }
        return out.toString().strip();
    }

    /** The stored column name token {@code i} stands for, or null when it is no column name. */
    private static String columnAt(List<Token> tokens, int i, Set<String> columns, Dialect dialect) {
        Token t = tokens.get(i);
        String stored;
        if (t.kind == Kind.QUOTED) {
            stored = t.value;
        } else if (t.kind == Kind.WORD && !OPERATORS.contains(t.text.toLowerCase(Locale.ROOT))) {
            stored = dialect.fold(t.text);
        } else {
            return null;
        }
        Token after = neighbour(tokens, i, 1);
        boolean castType = isCastType(tokens, i);
        boolean call = after != null && after.text.equals("(");
        return columns.contains(stored) && !castType && !call ? stored : null;
    }

    /** Whether token {@code i} is (part of) the type after {@code ::}: {@code ::text}, {@code ::character varying}. */
    private static boolean isCastType(List<Token> tokens, int i) {
        int j = i - 1;
        while (j >= 0 && tokens.get(j).kind == Kind.SPACE) {
            j--;
        }
        if (j < 0) {
            return false;
        }
        Token before = tokens.get(j);
        return before.text.equals("::")
                || before.kind == Kind.WORD && CAST_WORDS.contains(before.text.toLowerCase(Locale.ROOT))
                && isCastType(tokens, j);
    }

    private static Token neighbour(List<Token> tokens, int i, int step) {
        for (int j = i + step; j >= 0 && j < tokens.size(); j += step) {
            if (tokens.get(j).kind != Kind.SPACE) {
                return tokens.get(j);
            }
        }
        return null;
    }

    /** A check as the script wrote it: its name (stored spelling) if it has one, and its condition. */
    private record ScriptCheck(String name, String text) {
    }

    /** What the script wrote for one table: its columns' defaults and its checks, in script order. */
    private static final class ScriptTable {

        private static final Set<String> TABLE_CONSTRAINTS = Set.of("primary", "unique", "foreign", "key", "index",
                "constraint", "check", "like", "period", "fulltext", "spatial");
        private static final Set<String> AFTER_DEFAULT = Set.of("not", "null", "check", "unique", "primary",
                "references", "constraint", "generated", "collate", "comment", "on", "auto_increment", "as",
                "invisible");

        private final Map<String, String> defaults = new HashMap<>();
        private final List<ScriptCheck> checks = new ArrayList<>();

        /** The tables of {@code create table} statements (and checks added by {@code alter table}), by stored name. */
        static Map<String, ScriptTable> parse(List<String> script, Dialect dialect) {
            Map<String, ScriptTable> tables = new HashMap<>();
            for (String statement : script) {
                List<Token> tokens = Token.lex(statement).stream().filter(t -> t.kind != Kind.SPACE).toList();
                if (tokens.size() < 3 || !tokens.get(0).is("create") && !tokens.get(0).is("alter")) {
                    continue;
                }
                int i = 1;
                int last = Math.min(4, tokens.size() - 1);
                while (i < last && tokens.get(i).kind == Kind.WORD && !tokens.get(i).is("table")) {
                    i++; // global temporary, unlogged, ...
                }
                if (!tokens.get(i).is("table")) {
                    continue; // an index, a sequence, a type
                }
                i++;
                if (i + 2 < tokens.size() && tokens.get(i).is("if")) {
                    i += tokens.get(i + 1).is("not") ? 3 : 2;
                }
                String name = null;
                while (i < tokens.size() && tokens.get(i).isName()) {
                    name = stored(tokens.get(i), dialect);
                    i++;
                    if (i < tokens.size() && tokens.get(i).text.equals(".")) {
                        i++;
                    } else {
                        break;
                    }
                }
                if (name == null || i >= tokens.size()) {
                    continue;
                }
                ScriptTable table = tables.computeIfAbsent(name, n -> new ScriptTable());
                if (tokens.get(0).is("create") && tokens.get(i).text.equals("(")) {
                    for (List<Token> item : items(tokens, i)) {
                        table.item(item, dialect);
                    }
                } else if (tokens.get(0).is("alter") && tokens.get(i).is("add")) {
                    table.constraint(tokens.subList(i + 1, tokens.size()), dialect);
                }
            }
            return tables;
        }

        /** The comma-separated parts of the parenthesis opening at {@code open}. */
        private static List<List<Token>> items(List<Token> tokens, int open) {
            List<List<Token>> items = new ArrayList<>();
            List<Token> item = new ArrayList<>();
            int depth = 0;
            for (int i = open + 1; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (t.text.equals("(")) {
                    depth++;
                } else if (t.text.equals(")") && depth-- == 0) {
                    break;
                } else if (t.text.equals(",") && depth == 0) {
                    items.add(item);
                    item = new ArrayList<>();
                    continue;
                }
                item.add(t);
            }
            items.add(item);
            return items;
        }

        private void item(List<Token> item, Dialect dialect) {
            if (item.isEmpty()) {
                return;
            }
            Token first = item.get(0);
            if (first.kind == Kind.WORD && TABLE_CONSTRAINTS.contains(first.text.toLowerCase(Locale.ROOT))) {
                constraint(item, dialect);
                return;
            }
            if (!first.isName()) {
                return;
            }
            String column = stored(first, dialect);
            String name = null;
            int depth = 0;
            for (int i = 1; i < item.size(); i++) {
                Token t = item.get(i);
                if (t.text.equals("(")) {
                    depth++;
                } else if (t.text.equals(")")) {
                    depth--;
                } else if (depth > 0) {
                    continue;
                } else if (t.is("default") && !item.get(i - 1).is("by")) { // not GENERATED BY DEFAULT
                    int end = i + 1;
                    int inner = 0;
                    while (end < item.size()) {
                        Token e = item.get(end);
                        if (inner == 0 && end > i + 1 && e.kind == Kind.WORD
                                && AFTER_DEFAULT.contains(e.text.toLowerCase(Locale.ROOT))) {
                            break;
                        }
                        inner += e.text.equals("(") ? 1 : e.text.equals(")") ? -1 : 0;
                        end++;
                    }
                    defaults.put(column, text(item.subList(i + 1, end)));
                    i = end - 1;
                } else if (t.is("constraint") && i + 1 < item.size()) {
                    name = stored(item.get(i + 1), dialect);
                    i++;
                } else if (t.is("check") && i + 1 < item.size() && item.get(i + 1).text.equals("(")) {
                    int close = close(item, i + 1);
                    checks.add(new ScriptCheck(name, unwrapped(item.subList(i + 2, close))));
                    name = null;
                    i = close;
                }
            }
        }

        /** {@code [constraint name] check (condition)}; other constraints are not needed. */
        private void constraint(List<Token> tokens, Dialect dialect) {
            String name = null;
            int i = 0;
            if (tokens.size() > 1 && tokens.get(0).is("constraint")) {
                name = stored(tokens.get(1), dialect);
                i = 2;
            }
            if (i + 1 < tokens.size() && tokens.get(i).is("check") && tokens.get(i + 1).text.equals("(")) {
                checks.add(new ScriptCheck(name, unwrapped(tokens.subList(i + 2, close(tokens, i + 1)))));
            }
        }

        /** The index of the parenthesis that closes the one at {@code open}. */
        static int close(List<Token> tokens, int open) {
            int depth = 0;
            for (int i = open; i < tokens.size(); i++) {
                if (tokens.get(i).text.equals("(")) {
                    depth++;
                } else if (tokens.get(i).text.equals(")") && --depth == 0) {
                    return i;
                }
            }
            return tokens.size();
        }

        /**
         * A check's condition without parentheses around all of it ({@code check ((tier between 0 and 2))}): the
         * database stores the same, and the revision writes {@code CHECK (...)} around it anyway.
         */
        private static String unwrapped(List<Token> condition) {
            List<Token> inner = condition;
            while (inner.size() > 2 && inner.get(0).text.equals("(") && close(inner, 0) == inner.size() - 1) {
                inner = inner.subList(1, inner.size() - 1);
            }
            return text(inner);
        }

        /** The tokens as the script wrote them, a run of white space as one space. */
        private static String text(List<Token> tokens) {
            StringBuilder out = new StringBuilder();
            for (Token t : tokens) {
                if (t.spaceBefore && !out.isEmpty()) {
                    out.append(' ');
                }
                out.append(t.text);
            }
            return out.toString().strip();
        }

        private static String stored(Token name, Dialect dialect) {
            return name.kind == Kind.QUOTED ? name.value : dialect.fold(name.text);
        }
    }

    private enum Kind { SPACE, WORD, QUOTED, STRING, NUMBER, SYMBOL }

    /**
     * A lexical token of SQL: {@code text} as written, {@code value} its content (a string or a quoted name
     * unquoted), and whether white space came before it.
     */
    private record Token(Kind kind, String text, String value, boolean spaceBefore) {

        boolean is(String word) {
            return kind == Kind.WORD && text.equalsIgnoreCase(word);
        }

        boolean isName() {
            return kind == Kind.WORD || kind == Kind.QUOTED;
        }

        static List<Token> lex(String sql) {
            List<Token> tokens = new ArrayList<>();
            int i = 0;
            boolean space = false;
            while (i < sql.length()) {
                char c = sql.charAt(i);
                int start = i;
                if (Character.isWhitespace(c)) {
                    while (i < sql.length() && Character.isWhitespace(sql.charAt(i))) {
                        i++;
                    }
                    tokens.add(new Token(Kind.SPACE, sql.substring(start, i), null, false));
                    space = true;
                    continue;
                }
                Kind kind;
                String value = null;
                if (c == '\'' || c == '"' || c == '`') {
                    StringBuilder content = new StringBuilder();
                    i++;
                    while (i < sql.length()) {
                        char d = sql.charAt(i);
                        if (d == c && i + 1 < sql.length() && sql.charAt(i + 1) == c) {
                            content.append(c);
                            i += 2;
                        } else if (d == c) {
                            i++;
                            break;
                        } else {
                            content.append(d);
                            i++;
                        }
                    }
                    kind = c == '\'' ? Kind.STRING : Kind.QUOTED;
                    value = content.toString();
                } else if (Character.isLetter(c) || c == '_') {
                    while (i < sql.length() && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_'
                            || sql.charAt(i) == '$')) {
                        i++;
                    }
                    kind = Kind.WORD;
                } else if (Character.isDigit(c) || c == '.' && i + 1 < sql.length()
                        && Character.isDigit(sql.charAt(i + 1))) {
                    while (i < sql.length() && (Character.isDigit(sql.charAt(i)) || sql.charAt(i) == '.')) {
                        i++;
                    }
                    kind = Kind.NUMBER;
                    value = sql.substring(start, i);
                } else {
                    i += sql.startsWith("::", i) ? 2 : 1;
                    kind = Kind.SYMBOL;
                }
                tokens.add(new Token(kind, sql.substring(start, i), value, space));
                space = false;
            }
            return tokens;
        }
    }
}
