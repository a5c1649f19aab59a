package dev.migrate.revision;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a SQL script into statements at top-level terminators, skipping over string literals, quoted identifiers,
 * comments, dollar-quoted bodies and (PostgreSQL, as psql does) parentheses and {@code BEGIN ATOMIC} bodies, and
 * keeping the line each statement starts on. It refuses what the database cannot run as the file shows it: client
 * commands, a MariaDB compound statement without {@code DELIMITER}, and transaction control in a section that runs in
 * the plugin's transaction.
 */
public final class StatementSplitter {

    /** The first word of a {@code CREATE} that names what it creates: a routine's body may be a compound statement. */
    private static final Set<String> MYSQL_ROUTINES = Set.of("PROCEDURE", "FUNCTION", "TRIGGER", "EVENT", "PACKAGE");
    private static final Set<String> MYSQL_OTHER_OBJECTS = Set.of("TABLE", "VIEW", "INDEX", "DATABASE", "SCHEMA",
            "SEQUENCE", "USER", "ROLE", "SERVER");

    private final String text;
    private final SqlFlavor flavor;
    private final String source;
    private final Section transactionalSection;
    private final List<Statement> statements = new ArrayList<>();
    private int pos;
    private int line;
    private String delimiter = ";";

    // The statement being read: its first words (upper case), its last word, open parentheses and BEGIN blocks.
    private final List<String> words = new ArrayList<>();
    private boolean lastWordIsEnd;
    private int parens;
    private int beginDepth;
    private boolean compoundBegin;

    private StatementSplitter(String text, int firstLine, SqlFlavor flavor, String source, Section transactional) {
        this.text = text;
        this.line = firstLine;
        this.flavor = flavor;
        this.source = source;
        this.transactionalSection = transactional;
    }

    /**
     * Splits {@code text}, whose first line is line {@code firstLine} of {@code source}, as a section marked
     * {@code transaction=false} (transaction control allowed).
     *
     * @throws SqlSyntaxException         for an unterminated literal, identifier, comment or dollar quote
     * @throws ClientCommandException     for a client command such as {@code \i}
     * @throws MissingDelimiterException  for a MariaDB compound statement that {@code ;} would cut
     */
    public static List<Statement> split(String text, int firstLine, SqlFlavor flavor, String source) {
        return split(text, firstLine, flavor, source, null);
    }

    /**
     * Splits {@code section}; when it runs in the plugin's transaction, also refuses transaction control.
     *
     * @throws TransactionControlException for {@code COMMIT}, {@code BEGIN} and the like in a transactional section
     */
    static List<Statement> split(Section section, SqlFlavor flavor) {
        return split(section.text(), section.firstLine(), flavor, section.source(),
                section.transactional() ? section : null);
    }

    private static List<Statement> split(String text, int firstLine, SqlFlavor flavor, String source,
                                         Section transactional) {
        StatementSplitter splitter = new StatementSplitter(text, firstLine, flavor, source, transactional);
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
                if (isLineBreak(pos)) {
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
                if (c == '\\') {
                    throw new ClientCommandException(source, line, clientCommand(), flavor);
                }
                start = pos;
                startLine = line;
                words.clear();
                lastWordIsEnd = false;
                parens = 0;
                beginDepth = 0;
                compoundBegin = false;
            }
            if (startsWith(delimiter) && !(flavor == SqlFlavor.POSTGRESQL && (parens > 0 || beginDepth > 0))) {
                add(text.substring(start, Math.max(end, start)), startLine);
                pos += delimiter.length();
                start = -1;
                continue;
            }
            boolean significant = !Character.isWhitespace(c) && !isLineComment()
                    && !(startsWith("/*") && !(flavor.mysql && startsWith("/*!")));
            if (isLineBreak(pos)) {
                line++;
                pos++;
                continue;
            }
            switch (c) {
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
                case '(' -> {
                    parens++;
                    pos++;
                }
                case ')' -> {
                    parens = Math.max(0, parens - 1);
                    pos++;
                }
                default -> {
                    if (isLineComment()) {
                        skipLineComment();
                    } else if (startsWith("/*")) {
                        skipBlockComment();
                    } else if (isWordStart(c)) {
                        word();
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
        if (trimmed.isEmpty()) {
            return;
        }
        if (flavor.mysql && delimiter.equals(";") && isCompound() && !lastWordIsEnd) {
            throw new MissingDelimiterException(source, startLine);
        }
        if (transactionalSection != null && isTransactionControl()) {
            throw new TransactionControlException(source, startLine, trimmed, transactionalSection);
        }
        statements.add(new Statement(trimmed, startLine, delimiter));
    }

    private boolean isWordStart(char c) {
        return (Character.isLetter(c) || c == '_') && (pos == 0 || !isIdentifierPart(text.charAt(pos - 1)));
    }

    /** Reads a word (a keyword or an unquoted identifier) and follows the BEGIN ... END blocks it opens or closes. */
    private void word() {
        int from = pos;
        pos++;
        while (pos < text.length() && isIdentifierPart(text.charAt(pos)) && !startsWith(delimiter)) {
            pos++; // a DELIMITER such as $$ may follow a word directly: END$$
        }
        if (words.size() < 8) { // only the first words are kept, so that long statements cost no allocation per word
            words.add(text.substring(from, pos).toUpperCase(Locale.ROOT));
        }
        boolean begin = isWord(from, "BEGIN");
        lastWordIsEnd = isWord(from, "END");
        if (flavor == SqlFlavor.POSTGRESQL && parens == 0 && isPostgresRoutine()) {
            // psql's rule: in CREATE [OR REPLACE] FUNCTION/PROCEDURE, BEGIN (ATOMIC) ... END holds the body, and a
            // CASE inside it also ends with END.
            if (begin || beginDepth > 0 && isWord(from, "CASE")) {
                beginDepth++;
            } else if (lastWordIsEnd && beginDepth > 0) {
                beginDepth--;
            }
        }
        if (begin && parens == 0 && (from == 0 || text.charAt(from - 1) != '.')) {
            compoundBegin = true;
        }
    }

    /** Whether the word from {@code from} to {@code pos} is {@code keyword}, in any case. */
    private boolean isWord(int from, String keyword) {
        return pos - from == keyword.length() && text.regionMatches(true, from, keyword, 0, keyword.length());
    }

    private boolean isPostgresRoutine() {
        return words.size() >= 2 && words.get(0).equals("CREATE") && (isFunctionOrProcedure(words.get(1))
                || words.size() >= 4 && words.get(1).equals("OR") && words.get(2).equals("REPLACE")
                && isFunctionOrProcedure(words.get(3)));
    }

    private static boolean isFunctionOrProcedure(String word) {
        return word.equals("FUNCTION") || word.equals("PROCEDURE");
    }

    /** A MariaDB routine, trigger or event with a BEGIN ... END body, or an anonymous {@code BEGIN NOT ATOMIC}. */
    private boolean isCompound() {
        if (word(0).equals("BEGIN")) {
            return word(1).equals("NOT");
        }
        if (!compoundBegin || !word(0).equals("CREATE")) {
            return false;
        }
        for (String word : words.subList(1, words.size())) {
            if (MYSQL_ROUTINES.contains(word)) {
                return true;
            }
            if (MYSQL_OTHER_OBJECTS.contains(word)) {
                return false;
            }
        }
        return false;
    }

    /** The statement starts, ends or splits a transaction, in the database's own words. */
    private boolean isTransactionControl() {
        String first = word(0);
        String second = word(1);
        return switch (first) {
            case "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE" -> true;
            case "BEGIN" -> !(flavor.mysql && second.equals("NOT")); // BEGIN NOT ATOMIC is a compound statement
            case "START" -> second.equals("TRANSACTION");
            case "END", "ABORT" -> flavor == SqlFlavor.POSTGRESQL;
            case "PREPARE" -> flavor == SqlFlavor.POSTGRESQL ? second.equals("TRANSACTION")
                    : flavor == SqlFlavor.H2 && second.equals("COMMIT");
            case "XA" -> flavor.mysql;
            case "SET" -> flavor != SqlFlavor.POSTGRESQL && (second.equals("AUTOCOMMIT")
                    || (second.equals("SESSION") || second.equals("LOCAL")) && word(2).equals("AUTOCOMMIT"));
            default -> false;
        };
    }

    private String word(int index) {
        return index < words.size() ? words.get(index) : "";
    }

    /** The client command at {@code pos}: the backslash and what follows it up to a space. */
    private String clientCommand() {
        int end = pos + 1;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && (end == pos + 1
                || text.charAt(end) != '\\')) {
            end++;
        }
        return text.substring(pos, end);
    }

    private boolean startsWith(String s) {
        return text.startsWith(s, pos);
    }

    /**
     * {@code --} (in MySQL/MariaDB only when followed by a space or line end: {@code 1--1} is arithmetic) or
     * {@code #}.
     */
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
        pos = lineEnd(pos);
    }

    /**
     * Whether the character at {@code i} ends a line: {@code \n}, or a {@code \r} not followed by {@code \n}. The text
     * keeps its line endings as written (a CR inside a literal is data); only the line count reads them.
     */
    private boolean isLineBreak(int i) {
        char c = text.charAt(i);
        return c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n');
    }

    /** The index of the line terminator ({@code \r} or {@code \n}) at or after {@code from}, or the text's length. */
    private int lineEnd(int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
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
                if (isLineBreak(pos)) {
                    line++;
                }
                pos++;
            }
        }
        throw unterminated("block comment", startLine, "end it with */");
    }

    private void skipString(char quote) {
        skipQuoted(quote, flavor.mysql || isEscapeStringPrefix(), "string literal",
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
        skipQuoted(quote, false, what, "close it with " + quote + " (inside it, " + quote + " is written twice)");
    }

    /**
     * Skips a quoted string or name: a doubled quote stays inside, and so does a backslash-escaped one where
     * {@code backslashEscapes}.
     */
    private void skipQuoted(char quote, boolean backslashEscapes, String what, String howToClose) {
        int startLine = line;
        pos++;
        int n = text.length();
        while (pos < n) {
            char c = text.charAt(pos);
            if (c == '\\' && backslashEscapes && pos + 1 < n) {
                if (isLineBreak(pos + 1)) {
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
            if (isLineBreak(pos)) {
                line++;
            }
            pos++;
        }
        throw unterminated(what, startLine, howToClose);
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
        int eol = lineEnd(pos);
        String lineText = text.substring(pos, eol).strip();
        String[] words = lineText.split("\\s+");
        if (words.length != 2 || !words[0].toUpperCase(Locale.ROOT).equals("DELIMITER")) {
            return false;
        }
        delimiter = words[1];
        pos = eol;
        return true;
    }

    private int countNewlines(int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (isLineBreak(i)) {
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
