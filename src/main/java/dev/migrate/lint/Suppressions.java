package dev.migrate.lint;

import dev.migrate.revision.Section;
import dev.migrate.revision.Statement;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code -- migrate:lint ignore=<rule>[,<rule>] -- <reason>} comments of a section: each silences the rules it
 * names for the statement it follows (on the statement's last line or the lines after it, before the next statement).
 */
final class Suppressions {

    private static final Pattern COMMENT = Pattern.compile("--\\s*migrate:lint\\b(.*)$");
    private static final Pattern IGNORE = Pattern.compile("\\s*ignore=([A-Za-z0-9,_-]*)\\s*(?:--(.*))?");

    private final String[] lines;
    private final int firstLine;

    Suppressions(Section section) {
        this.lines = section.text().split("\n", -1);
        this.firstLine = section.firstLine();
    }

    /**
     * The rules silenced for {@code statements.get(index)}.
     *
     * @throws LintSuppressionException for a comment without a reason or naming an unknown rule
     */
    Set<Rule> forStatement(List<Statement> statements, int index, String file) {
        int from = statements.get(index).line();
        int to = index + 1 < statements.size() ? statements.get(index + 1).line() - 1 : firstLine + lines.length - 1;
        Set<Rule> silenced = new HashSet<>();
        for (int line = from; line <= to; line++) {
            int i = line - firstLine;
            if (i < 0 || i >= lines.length) {
                continue;
            }
            Matcher comment = COMMENT.matcher(lines[i]);
            if (!comment.find()) {
                continue;
            }
            String where = file + ":" + line;
            Matcher ignore = IGNORE.matcher(comment.group(1));
            if (!ignore.matches() || ignore.group(1).isEmpty()) {
                throw new LintSuppressionException(where + ": cannot read the lint suppression '"
                        + lines[i].strip() + "': write '-- migrate:lint ignore=<rule> -- <reason>', e.g. "
                        + "'-- migrate:lint ignore=drop-table -- the table has been empty since release 4.2'.");
            }
            String names = ignore.group(1);
            if (ignore.group(2) == null || ignore.group(2).isBlank()) {
                throw new LintSuppressionException(where + ": the lint suppression 'ignore=" + names + "' gives no "
                        + "reason: write '-- migrate:lint ignore=" + names + " -- <why it is safe here>'.");
            }
            for (String name : names.split(",")) {
                silenced.add(Rule.named(name).orElseThrow(() -> new LintSuppressionException(where
                        + ": the lint suppression names no rule '" + name + "': the rules are " + Rule.allNames()
                        + " (see docs/lint.md).")));
            }
        }
        return silenced;
    }
}
