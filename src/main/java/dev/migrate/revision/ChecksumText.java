package dev.migrate.revision;

import java.util.regex.Pattern;

/**
 * The text of a section as its checksum sees it, so that layout edits are not taken for edits of what runs.
 * Outside string literals, quoted identifiers and dollar-quoted bodies: indentation, trailing whitespace and blank
 * lines are dropped, and a run of spaces and tabs inside a line counts as one space; line breaks are kept (joining
 * two lines can comment SQL in or out), written as {@code \n} whatever the file uses. Comments are kept, as text.
 * Inside quotes every character counts, except that {@code \r\n} counts as {@code \n} (a CRLF checkout is no edit).
 * Where the quoting depends on the database ({@code \} inside a literal, a {@code #} comment, a nested
 * {@code /*}), the rest of the section is taken as written: it is never less strict than the file's own text.
 */
final class ChecksumText {

    private static final Pattern SPACES = Pattern.compile("[ \t\f\u000B]+");

    private final String text;
    private final StringBuilder out;
    private int pos;
    /** A space seen outside quotes and not yet written: written only before something on the same line. */
    private boolean pendingSpace;
    /** Whether the current output line has anything on it yet. */
    private boolean lineStarted;

    private ChecksumText(String text) {
        this.text = text;
        this.out = new StringBuilder(text.length());
    }

    static String of(String text) {
        ChecksumText normaliser = new ChecksumText(text);
        normaliser.run();
        return normaliser.out.toString();
    }

    private void run() {
        int n = text.length();
        while (pos < n) {
            char c = text.charAt(pos);
            if (c == '\r' || c == '\n') {
                pos += c == '\r' && pos + 1 < n && text.charAt(pos + 1) == '\n' ? 2 : 1;
                if (lineStarted) {
                    out.append('\n');
                }
                lineStarted = false;
                pendingSpace = false;
            } else if (c == ' ' || c == '\t' || c == '\f' || c == '\u000B') {
                pendingSpace = lineStarted;
                pos++;
            } else if (c == '\'' || c == '"' || c == '`') {
                if (!quoted(c)) {
                    verbatimRest();
                }
            } else if (c == '$' && dollarTag() != null) {
                dollarQuoted(dollarTag());
            } else if (text.startsWith("--", pos)) {
                int end = pos;
                while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                    end++;
                }
                emit(compact(text.substring(pos, end)));
                pos = end;
            } else if (text.startsWith("/*", pos)) {
                if (!blockComment()) {
                    verbatimRest();
                }
            } else if (c == '#') {
                verbatimRest();
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
                lineStarted = true;
                pos++;
            }
        }
        // the section's end: no line break after the last line
        int last = out.length();
        while (last > 0 && out.charAt(last - 1) == '\n') {
            last--;
        }
        out.setLength(last);
    }

    private void emit(String token) {
        if (token.isEmpty()) {
            return;
        }
        if (pendingSpace) {
            out.append(' ');
            pendingSpace = false;
        }
        out.append(token);
        lineStarted = true;
    }

    /** Copies a quoted run as written; false (nothing copied) when it holds a backslash or does not end. */
    private boolean quoted(char quote) {
        int n = text.length();
        int i = pos + 1;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\\' && quote == '\'') {
                return false;
            }
            if (c == quote) {
                if (i + 1 < n && text.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                emit(crlf(text.substring(pos, i + 1)));
                pos = i + 1;
                return true;
            }
            i++;
        }
        return false;
    }

    /** {@code $tag$} at the current position where it opens a dollar quote, else null. */
    private String dollarTag() {
        if (pos > 0 && (Character.isLetterOrDigit(text.charAt(pos - 1)) || text.charAt(pos - 1) == '_'
                || text.charAt(pos - 1) == '$')) {
            return null;
        }
        int n = text.length();
        int end = pos + 1;
        if (end < n && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '_')) {
            while (end < n && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
                end++;
            }
        }
        return end < n && text.charAt(end) == '$' ? text.substring(pos, end + 1) : null;
    }

    private void dollarQuoted(String tag) {
        int close = text.indexOf(tag, pos + tag.length());
        int end = close < 0 ? text.length() : close + tag.length();
        emit(crlf(text.substring(pos, end)));
        pos = end;
    }

    /** Copies a block comment with its layout normalised; false when it nests (the databases disagree there). */
    private boolean blockComment() {
        int close = text.indexOf("*/", pos + 2);
        int nested = text.indexOf("/*", pos + 2);
        if (close < 0 || (nested >= 0 && nested < close)) {
            return false;
        }
        String body = text.substring(pos, close + 2);
        StringBuilder lines = new StringBuilder();
        for (String line : RevisionFileParser.lines(body)) {
            String compact = compact(line);
            if (!compact.isEmpty()) {
                lines.append(lines.isEmpty() ? "" : "\n").append(compact);
            }
        }
        emit(lines.toString());
        pos = close + 2;
        return true;
    }

    private void verbatimRest() {
        emit(crlf(text.substring(pos)).stripTrailing());
        pos = text.length();
    }

    /** A line of a comment: stripped, runs of spaces and tabs as one space. */
    private static String compact(String line) {
        return SPACES.matcher(line.strip()).replaceAll(" ");
    }

    private static String crlf(String s) {
        return s.replace("\r\n", "\n");
    }
}
