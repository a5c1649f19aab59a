package dev.migrate.revision;

import java.math.BigInteger;
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
    record Relative(String text, long steps) implements Target { }

    /** A revision id, prefix or label, optionally moved {@code steps} forward (positive) or back (negative). */
    record Reference(String text, String reference, long steps) implements Target { }

    /** {@code <label>@head}: the head of the branch carrying a label (or of a revision's descendants). */
    record BranchHead(String text, String branch) implements Target { }

    Pattern RELATIVE = Pattern.compile("([+-])(\\d+)");
    Pattern REFERENCE = Pattern.compile("([A-Za-z0-9_.\\-]+?)(?:([+-])(\\d+))?");
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
            long n = count(m.group(2));
            return new Relative(text, m.group(1).equals("+") ? n : -n);
        }
        m = BRANCH_HEAD.matcher(text);
        if (m.matches()) {
            return new BranchHead(text, m.group(1));
        }
        m = REFERENCE.matcher(text);
        if (m.matches()) {
            long n = m.group(2) == null ? 0 : count(m.group(3));
            return new Reference(text, m.group(1), "-".equals(m.group(2)) ? -n : n);
        }
        throw new InvalidTargetException("'" + text + "' is not a valid target. Use head, heads, base, a revision id"
                + " or unique prefix, +N, -N, <id>+N, <id>-N or <branch label>@head.");
    }

    /**
     * The number of steps in {@code digits}; a number too large for a long counts as {@link Long#MAX_VALUE}, which
     * walks past any head or base just the same, so {@code -2147483648} fails like {@code -5} beyond base.
     */
    private static long count(String digits) {
        String significant = digits.replaceFirst("^0+(?=\\d)", "");
        boolean tooLarge = significant.length() > 18 && new BigInteger(significant)
                .compareTo(BigInteger.valueOf(Long.MAX_VALUE)) > 0;
        return tooLarge ? Long.MAX_VALUE : Long.parseLong(significant);
    }
}
