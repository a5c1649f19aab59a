package dev.migrate.revision;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed target expression (DESIGN §5): {@code head}, {@code heads}, {@code base}, {@code current}, an id or
 * unique prefix or branch label, {@code +N}, {@code -N}, {@code <id>+N}, {@code <id>-N}, {@code <label>@head}.
 */
public sealed interface Target {

    String text();

    record Head(String text) implements Target { }

    record Heads(String text) implements Target { }

    record Base(String text) implements Target { }

    record Current(String text) implements Target { }

    /** {@code +N} or {@code -N} from the database's current revision. */
    record Relative(String text, int steps) implements Target { }

    /** A revision id, prefix or label, optionally moved {@code steps} forward (positive) or back (negative). */
    record Reference(String text, String reference, int steps) implements Target { }

    /** {@code <label>@head}: the head of the branch carrying a label (or of a revision's descendants). */
    record BranchHead(String text, String branch) implements Target { }

    Pattern RELATIVE = Pattern.compile("([+-])(\\d{1,6})");
    Pattern REFERENCE = Pattern.compile("([A-Za-z0-9_.\\-]+?)(?:([+-])(\\d{1,6}))?");
    Pattern BRANCH_HEAD = Pattern.compile("([A-Za-z0-9_.\\-]+)@head");

    static Target parse(String raw) {
        String text = raw == null ? "" : raw.strip();
        switch (text) {
            case "head":
                return new Head(text);
            case "heads":
                return new Heads(text);
            case "base":
                return new Base(text);
            case "current":
                return new Current(text);
            default:
                break;
        }
        Matcher m = RELATIVE.matcher(text);
        if (m.matches()) {
            int n = Integer.parseInt(m.group(2));
            return new Relative(text, m.group(1).equals("+") ? n : -n);
        }
        m = BRANCH_HEAD.matcher(text);
        if (m.matches()) {
            return new BranchHead(text, m.group(1));
        }
        m = REFERENCE.matcher(text);
        if (m.matches()) {
            int n = m.group(2) == null ? 0 : Integer.parseInt(m.group(3));
            return new Reference(text, m.group(1), "-".equals(m.group(2)) ? -n : n);
        }
        throw new InvalidTargetException("'" + text + "' is not a valid target. Use head, heads, base, a revision id"
                + " or unique prefix, +N, -N, <id>+N, <id>-N or <branch label>@head.");
    }
}
