package dev.migrate.runner;

import dev.migrate.revision.Revision;
import dev.migrate.revision.Section;
import dev.migrate.revision.SqlFlavor;
import dev.migrate.revision.Statement;

import java.util.List;
import java.util.Set;

/**
 * A step that could not run atomically and did not complete, as its history row records it: the one reading of
 * "did not complete" that {@code current}, {@code history}, {@code upgrade}, {@code downgrade} (and {@code status})
 * print, so they all say the same.
 *
 * @param revision  the revision id
 * @param direction {@code upgrade} or {@code downgrade}
 * @param failed    whether statement {@code done + 1} failed (otherwise the run ended during it)
 * @param done      the statements that completed
 * @param total     the statements of the section
 */
public record IncompleteRevision(String revision, String direction, boolean failed, int done, int total) {

    /** The statements that may have taken effect: those that completed, and the one that was running. */
    public int mayBeApplied() {
        return failed ? done : Math.min(done + 1, total);
    }

    /** {@code revision 3f2a9c1b7d4e did not complete: statements 1..2 of 3 of its upgrade may be applied}. */
    public String summary() {
        return "revision " + revision + " did not complete: " + statements(1, mayBeApplied()) + " of " + total
                + " of its " + direction + " may be applied";
    }

    /**
     * The whole account: what the history records, where the version table stands, and how to settle it.
     * {@code file} is the revision as the files have it now, or null when they lack it; {@code versionHeads} is
     * what the version table says.
     */
    public String explanation(Revision file, SqlFlavor flavor, Set<String> versionHeads) {
        List<Statement> statements = statements(file, flavor);
        String where = file == null ? "" : file.displayFile() + ": ";
        int next = done + 1;
        StringBuilder text = new StringBuilder(where).append(capitalized(summary())).append(".\nIts ")
                .append(direction);
        if (failed) {
            text.append(" failed at statement ").append(next).append(" of ").append(total).append(line(statements,
                    next)).append(" after ").append(statements(1, done)).append(" completed");
        } else {
            text.append(" stopped during statement ").append(next).append(" of ").append(total)
                    .append(line(statements, next)).append(" (the run was killed or lost its connection)");
        }
        text.append(", and the version table still says ").append(Migrator.describe(versionHeads))
                .append(". Nothing runs on top of an incomplete revision. ").append(advice(file));
        return text.toString();
    }

    /** How to settle it: by hand to the revision's end or start, then a stamp that says which. */
    public String advice(Revision file) {
        return "Bring the database by hand to the revision's end (" + statements(Math.min(done + 1, total), total)
                + ") and run 'mvn migrate:stamp -Dmigrate.target=" + end(file) + "', or to its start (undo "
                + statements(1, mayBeApplied()) + ") and run 'mvn migrate:stamp -Dmigrate.target=" + start(file)
                + "'. The stamp clears the mark; run it only once the database is where it says.";
    }

    /** {@code statements 2..3}, or {@code statement 3} alone. */
    static String statements(int first, int last) {
        return first == last ? "statement " + first : "statements " + first + ".." + last;
    }

    /** The stamp target for the state the step was going to: the revision on upgrade, its parents on downgrade. */
    private String end(Revision file) {
        return direction.equals("upgrade") ? revision : parents(file);
    }

    /** The stamp target for the state the step started from. */
    private String start(Revision file) {
        return direction.equals("upgrade") ? parents(file) : revision;
    }

    private static String parents(Revision file) {
        if (file == null) {
            return "<its parent>";
        }
        return file.parents().isEmpty() ? "base" : String.join(",", file.parents());
    }

    private List<Statement> statements(Revision file, SqlFlavor flavor) {
        if (file == null) {
            return List.of();
        }
        Section section = direction.equals("upgrade") ? file.upgrade() : file.downgrade().orElse(null);
        if (section == null) {
            return List.of();
        }
        try {
            List<Statement> statements = section.statements(flavor);
            return statements.size() == total ? statements : List.of(); // edited since: its lines mean nothing
        } catch (RuntimeException unreadable) {
            return List.of();
        }
    }

    private static String line(List<Statement> statements, int number) {
        return number >= 1 && number <= statements.size() ? " (line " + statements.get(number - 1).line() + ")" : "";
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
