package dev.migrate.dialect;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The schemas (MariaDB: databases) a script names besides the default one: those its {@code create table} and
 * {@code create sequence} statements qualify a name with, and those it creates. Also moves a script's objects from
 * one schema to another by rewriting the qualifiers, so that Hibernate's script can run in scratch namespaces.
 */
public final class ScriptSchemas {

    private static final Pattern CREATE = Pattern.compile(
            "\\s*create\\s+(table|sequence|schema|database)\\s+(?:if\\s+not\\s+exists\\s+)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COMMENT_ON_COLUMN = Pattern.compile("\\s*comment\\s+on\\s+column\\s",
            Pattern.CASE_INSENSITIVE);

    private ScriptSchemas() {
    }

    /** The schemas the statements name, as the catalog stores them (folded unless quoted), in order of appearance. */
    public static Set<String> named(List<String> statements, Dialect dialect) {
        Set<String> named = new LinkedHashSet<>();
        for (String sql : statements) {
            Matcher create = CREATE.matcher(sql);
            if (!create.lookingAt()) {
                continue;
            }
            List<Part> chain = chainAt(sql, create.end(), dialect);
            boolean namespace = create.group(1).equalsIgnoreCase("schema")
                    || create.group(1).equalsIgnoreCase("database");
            if (!chain.isEmpty() && (namespace || chain.size() >= 2)) {
                named.add(chain.get(0).stored());
            }
        }
        return named;
    }

    /** Whether {@code sql} creates one of {@code schemas} ({@code create schema} or {@code create database}). */
    static boolean createsOneOf(String sql, Set<String> schemas, Dialect dialect) {
        Matcher create = CREATE.matcher(sql);
        if (!create.lookingAt() || !(create.group(1).equalsIgnoreCase("schema")
                || create.group(1).equalsIgnoreCase("database"))) {
            return false;
        }
        List<Part> chain = chainAt(sql, create.end(), dialect);
        return !chain.isEmpty() && schemas.contains(chain.get(0).stored());
    }

    /**
     * The statements with every qualifier naming a key of {@code renames} (as stored) replaced by its value (written
     * as the dialect quotes it). A qualifier is the first part of a dotted name of two parts or more; in
     * {@code comment on column} a two-part name is {@code table.column} and is left alone.
     */
    public static List<String> rewrite(List<String> statements, Map<String, String> renames, Dialect dialect) {
        List<String> rewritten = new ArrayList<>(statements.size());
        for (String sql : statements) {
            int minimum = COMMENT_ON_COLUMN.matcher(sql).lookingAt() ? 3 : 2;
            StringBuilder out = new StringBuilder(sql.length());
            int copied = 0;
            int i = 0;
            while (i < sql.length()) {
                char c = sql.charAt(i);
                if (c == '\'') {
                    i = endOfLiteral(sql, i);
                } else if (c == '"' || c == '`' || Character.isLetter(c) || c == '_') {
                    List<Part> chain = chainAt(sql, i, dialect);
                    if (chain.isEmpty()) {
                        i++;
                        continue;
                    }
                    Part first = chain.get(0);
                    String renamed = renames.get(first.stored());
                    if (chain.size() >= minimum && renamed != null) {
                        out.append(sql, copied, first.start()).append(dialect.identifier(renamed));
                        copied = first.end();
                    }
                    i = chain.get(chain.size() - 1).end();
                } else if (Character.isDigit(c) || c == '$') {
                    while (i < sql.length() && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_'
                            || sql.charAt(i) == '$' || sql.charAt(i) == '.')) {
                        i++;
                    }
                } else {
                    i++;
                }
            }
            rewritten.add(out.append(sql, copied, sql.length()).toString());
        }
        return rewritten;
    }

    /** One part of a dotted name: where it is written and its name as stored. */
    private record Part(int start, int end, String stored) {
    }

    /** The dotted name that starts at {@code at}: its parts, or none when no identifier starts there. */
    private static List<Part> chainAt(String sql, int at, Dialect dialect) {
        List<Part> parts = new ArrayList<>();
        int i = at;
        while (true) {
            Part part = identifierAt(sql, i, dialect);
            if (part == null) {
                return parts;
            }
            parts.add(part);
            int next = skipSpace(sql, part.end());
            if (next >= sql.length() || sql.charAt(next) != '.') {
                return parts;
            }
            i = skipSpace(sql, next + 1);
        }
    }

    private static Part identifierAt(String sql, int at, Dialect dialect) {
        if (at >= sql.length()) {
            return null;
        }
        char c = sql.charAt(at);
        if (c == '"' || c == '`') {
            StringBuilder name = new StringBuilder();
            int i = at + 1;
            while (i < sql.length()) {
                if (sql.charAt(i) == c) {
                    if (i + 1 < sql.length() && sql.charAt(i + 1) == c) {
                        name.append(c);
                        i += 2;
                        continue;
                    }
                    return new Part(at, i + 1, name.toString());
                }
                name.append(sql.charAt(i++));
            }
            return null;
        }
        if (!Character.isLetter(c) && c != '_') {
            return null;
        }
        int i = at;
        while (i < sql.length() && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_'
                || sql.charAt(i) == '$')) {
            i++;
        }
        return new Part(at, i, dialect.fold(sql.substring(at, i)));
    }

    private static int endOfLiteral(String sql, int at) {
        int i = at + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == '\'') {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == '\'') {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return i;
    }

    private static int skipSpace(String sql, int at) {
        int i = at;
        while (i < sql.length() && Character.isWhitespace(sql.charAt(i))) {
            i++;
        }
        return i;
    }
}
