package dev.migrate.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The tokens of one statement the lexer has already cut out: words (upper-cased for matching, spelling kept),
 * quoted identifiers, literals and punctuation, with comments dropped. Rules match on these, never on raw text.
 */
final class SqlTokens {

    /** What a token is. */
    enum Kind { WORD, QUOTED, STRING, NUMBER, SYMBOL }

    /** One token: {@code upper} is for matching keywords, {@code text} is as written (quotes removed). */
    record Token(Kind kind, String text, String upper) {

        boolean is(String keyword) {
            return kind == Kind.WORD && upper.equals(keyword);
        }

        boolean isSymbol(String symbol) {
            return kind == Kind.SYMBOL && text.equals(symbol);
        }

        boolean isName() {
            return kind == Kind.WORD || kind == Kind.QUOTED;
        }
    }

    private SqlTokens() {
    }

    static List<Token> of(String sql) {
        List<Token> tokens = new ArrayList<>();
        int n = sql.length();
        int i = 0;
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-' || c == '#') {
                while (i < n && sql.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int depth = 0;
                do {
                    if (sql.startsWith("/*", i)) {
                        depth++;
                        i += 2;
                    } else if (sql.startsWith("*/", i)) {
                        depth--;
                        i += 2;
                    } else {
                        i++;
                    }
                } while (i < n && depth > 0);
            } else if (c == '\'' || (c == 'E' || c == 'e') && i + 1 < n && sql.charAt(i + 1) == '\'') {
                int start = c == '\'' ? i : i + 1;
                int j = start + 1;
                while (j < n) {
                    char d = sql.charAt(j);
                    if (d == '\\') {
                        j += 2;
                    } else if (d == '\'' && j + 1 < n && sql.charAt(j + 1) == '\'') {
                        j += 2;
                    } else if (d == '\'') {
                        break;
                    } else {
                        j++;
                    }
                }
                String value = sql.substring(start + 1, Math.min(j, n));
                tokens.add(new Token(Kind.STRING, value, value));
                i = j + 1;
            } else if (c == '"' || c == '`') {
                int j = sql.indexOf(c, i + 1);
                j = j < 0 ? n : j;
                String name = sql.substring(i + 1, j);
                tokens.add(new Token(Kind.QUOTED, name, name));
                i = j + 1;
            } else if (c == '$' && dollarTag(sql, i) != null) {
                String tag = dollarTag(sql, i);
                int end = sql.indexOf(tag, i + tag.length());
                end = end < 0 ? n : end;
                String body = sql.substring(i + tag.length(), end);
                tokens.add(new Token(Kind.STRING, body, body));
                i = Math.min(n, end + tag.length());
            } else if (Character.isLetter(c) || c == '_') {
                int j = i + 1;
                while (j < n && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '_'
                        || sql.charAt(j) == '$')) {
                    j++;
                }
                String word = sql.substring(i, j);
                tokens.add(new Token(Kind.WORD, word, word.toUpperCase(Locale.ROOT)));
                i = j;
            } else if (Character.isDigit(c)) {
                int j = i + 1;
                while (j < n && (Character.isDigit(sql.charAt(j)) || sql.charAt(j) == '.')) {
                    j++;
                }
                tokens.add(new Token(Kind.NUMBER, sql.substring(i, j), sql.substring(i, j)));
                i = j;
            } else if (c == ':' && i + 1 < n && sql.charAt(i + 1) == ':') {
                tokens.add(new Token(Kind.SYMBOL, "::", "::"));
                i += 2;
            } else {
                tokens.add(new Token(Kind.SYMBOL, String.valueOf(c), String.valueOf(c)));
                i++;
            }
        }
        return tokens;
    }

    private static String dollarTag(String sql, int i) {
        int j = i + 1;
        while (j < sql.length() && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '_')) {
            j++;
        }
        if (j < sql.length() && sql.charAt(j) == '$' && (j == i + 1 || !Character.isDigit(sql.charAt(i + 1)))) {
            return sql.substring(i, j + 1);
        }
        return null;
    }
}
