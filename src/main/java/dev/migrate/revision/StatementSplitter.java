package dev.migrate.revision;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a SQL script into statements at top-level terminators, skipping over string literals, quoted identifiers,
 * comments and dollar-quoted bodies, and keeping the line each statement starts on.
 */
public final class StatementSplitter {

    private final String text;
    private final SqlFlavor flavor;
    private final String source;
    private final List<Statement> statements = new ArrayList<>();
    private int pos;
    private int line;
    private String delimiter = ";";

    private StatementSplitter(String text, int firstLine, SqlFlavor flavor, String source) {
        this.text = text;
        this.line = firstLine;
        this.flavor = flavor;
        this.source = source;
    }

    /**
     * Splits {@code text}, whose first line is line {@code firstLine} of {@code source}.
     *
     * @throws SqlSyntaxException for an unterminated literal, identifier, comment or dollar quote
     */
    public static List<Statement> split(String text, int firstLine, SqlFlavor flavor, String source) {
        StatementSplitter splitter = new StatementSplitter(text, firstLine, flavor, source);
        splitter.run();
        return List.copyOf(splitter.statements);
    }

    private void run() {
        int start = -1;
        int startLine = 0;
        int end = 0; // just after the statement's last token, so trailing comments are not part of it
        int n = text.length();
        while (pos < n) {
            char c = text.charAt(pos);
            if (start < 0) {
                if (c == '\n') {
                    line++;
                    pos++;
                    continue;
                }
                if (Character.isWhitespace(c)) {
                    pos++;
                    continue;
                }
                if (isLineComment()) {
                    skipLineComment();
                    continue;
                }
                if (startsWith("/*") && !(flavor.mysql && startsWith("/*!"))) {
                    skipBlockComment();
                    continue;
                }
                if (flavor.mysql && isDelimiterCommand()) {
                    continue;
                }
                start = pos;
                startLine = line;
            }
            if (startsWith(delimiter)) {
                add(text.substring(start, Math.max(end, start)), startLine);
                pos += delimiter.length();
                start = -1;
                continue;
            }
            boolean significant = !Character.isWhitespace(c) && !isLineComment() && !startsWith("/*");
            switch (c) {
                case '\n' -> {
                    line++;
                    pos++;
                }
                case '\'' -> skipString('\'');
                case '"' -> {
                    if (flavor.mysql) {
                        skipString('"'); // a string in MySQL/MariaDB (unless ANSI_QUOTES), with backslash escapes
                    } else {
                        skipQuoted('"', "quoted identifier");
                    }
                }
                case '`' -> {
                    if (flavor.mysql) {
                        skipQuoted('`', "quoted identifier");
                    } else {
                        pos++;
                    }
                }
                case '$' -> {
                    if (flavor.dollarQuotes) {
                        skipDollarQuote();
                    } else {
                        pos++;
                    }
                }
                default -> {
                    if (isLineComment()) {
                        skipLineComment();
                    } else if (startsWith("/*")) {
                        skipBlockComment();
                    } else {
                        pos++;
                    }
                }
            }
            if (significant) {
                end = pos;
            }
        }
        if (start >= 0) {
            add(text.substring(start, Math.max(end, start)), startLine);
        }
    }

    private void add(String sql, int startLine) {
        String trimmed = sql.strip();
        if (!trimmed.isEmpty()) {
            statements.add(new Statement(trimmed, startLine));
        }
    }

    private boolean startsWith(String s) {
        return text.startsWith(s, pos);
    }

    /** {@code --} (in MySQL/MariaDB only when followed by a space or line end: {@code 1--1} is arithmetic) or {@code #}. */
    private boolean isLineComment() {
        if (!flavor.mysql) {
            return startsWith("--");
        }
        if (startsWith("--")) {
            return pos + 2 >= text.length() || Character.isWhitespace(text.charAt(pos + 2));
        }
        return text.charAt(pos) == '#';
    }

    private void skipLineComment() {
        int end = text.indexOf('\n', pos);
        pos = end < 0 ? text.length() : end;
    }

    private void skipBlockComment() {
        int startLine = line;
        int depth = 0;
        int n = text.length();
        while (pos < n) {
            if (startsWith("/*")) {
                if (depth > 0 && !flavor.nestedComments) {
                    pos += 2;
                    continue;
                }
                depth++;
                pos += 2;
            } else if (startsWith("*/")) {
                depth--;
                pos += 2;
                if (depth == 0) {
                    return;
                }
            } else {
                if (text.charAt(pos) == '\n') {
                    line++;
                }
                pos++;
            }
        }
        throw unterminated("block comment", startLine, "end it with */");
    }

    private void skipString(char quote) {
        boolean backslashEscapes = flavor.mysql || isEscapeStringPrefix();
        int startLine = line;
        pos++;
        int n = text.length();
        while (pos < n) {
            char c = text.charAt(pos);
            if (c == '\\' && backslashEscapes && pos + 1 < n) {
                if (text.charAt(pos + 1) == '\n') {
                    line++;
                }
                pos += 2;
                continue;
            }
            if (c == quote) {
                if (pos + 1 < n && text.charAt(pos + 1) == quote) {
                    pos += 2;
                    continue;
                }
                pos++;
                return;
            }
            if (c == '\n') {
                line++;
            }
            pos++;
        }
        throw unterminated("string literal", startLine,
                "close it (inside a literal, a quote is written twice: 'it''s')");
    }

    /** PostgreSQL {@code E'...'}: an E right before the quote, not ending a longer word. */
    private boolean isEscapeStringPrefix() {
        if (flavor != SqlFlavor.POSTGRESQL || pos == 0) {
            return false;
        }
        char before = text.charAt(pos - 1);
        if (before != 'E' && before != 'e') {
            return false;
        }
        return pos < 2 || !isIdentifierPart(text.charAt(pos - 2));
    }

    private void skipQuoted(char quote, String what) {
        int startLine = line;
        pos++;
        int n = text.length();
        while (pos < n) {
            char c = text.charAt(pos);
            if (c == quote) {
                if (pos + 1 < n && text.charAt(pos + 1) == quote) {
                    pos += 2;
                    continue;
                }
                pos++;
                return;
            }
            if (c == '\n') {
                line++;
            }
            pos++;
        }
        throw unterminated(what, startLine, "close it with " + quote + " (inside it, " + quote
                + " is written twice)");
    }

    private void skipDollarQuote() {
        if (pos > 0 && isIdentifierPart(text.charAt(pos - 1))) {
            pos++; // part of an identifier such as a$b
            return;
        }
        int n = text.length();
        int end = pos + 1;
        if (end < n && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '_')) {
            while (end < n && isIdentifierPart(text.charAt(end)) && text.charAt(end) != '$') {
                end++;
            }
        }
        if (end >= n || text.charAt(end) != '$') {
            pos++; // $1 parameter or a lone dollar sign
            return;
        }
        String tag = text.substring(pos, end + 1);
        int close = text.indexOf(tag, end + 1);
        if (close < 0) {
            throw unterminated("dollar-quoted string " + tag, line, "close it with " + tag);
        }
        line += countNewlines(pos, close + tag.length());
        pos = close + tag.length();
    }

    /** A MySQL client {@code DELIMITER xx} line between statements: switch the terminator and skip the line. */
    private boolean isDelimiterCommand() {
        int eol = text.indexOf('\n', pos);
        String lineText = (eol < 0 ? text.substring(pos) : text.substring(pos, eol)).strip();
        String[] words = lineText.split("\\s+");
        if (words.length != 2 || !words[0].toUpperCase(Locale.ROOT).equals("DELIMITER")) {
            return false;
        }
        delimiter = words[1];
        pos = eol < 0 ? text.length() : eol;
        return true;
    }

    private int countNewlines(int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        return count;
    }

    private static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    private SqlSyntaxException unterminated(String what, int startLine, String fix) {
        return new SqlSyntaxException(source, startLine, "unterminated " + what + " starting at line " + startLine
                + "; " + fix + " and run the goal again");
    }
}
