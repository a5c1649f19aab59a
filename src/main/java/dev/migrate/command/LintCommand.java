package dev.migrate.command;

import dev.migrate.MigrateException;
import dev.migrate.Output;
import dev.migrate.database.DatabaseException;
import dev.migrate.database.SqlErrors;
import dev.migrate.dialect.Dialect;
import dev.migrate.lint.Finding;
import dev.migrate.lint.LintPolicy;
import dev.migrate.lint.LintTarget;
import dev.migrate.lint.Linter;
import dev.migrate.lint.LiveTables;
import dev.migrate.lint.Severity;
import dev.migrate.revision.Revision;
import dev.migrate.revision.RevisionGraph;
import dev.migrate.runner.SchemaSession;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code migrate:lint}: the lock, rewrite and destructive hazards of the pending revisions (those above the database's
 * current revision; offline, every revision or {@code range}), sized by the live tables when connected. Fails when
 * a finding is an error.
 */
public record LintCommand(Workspace workspace, Output output) {

    public LintCommand(MigrateSettings settings, Output output) {
        this(new Workspace(settings, output), output);
    }

    /**
     * Lints and prints the findings; returns them.
     *
     * @param range        {@code from:to} as {@code migrate:history} takes it, or null for the pending revisions
     * @param lintRules    rule levels ({@code rule=off|info|warning|error}, comma separated), or null
     * @param lintDatabase offline only: {@code postgresql}, {@code mariadb}, {@code mysql} or {@code h2}, optionally
     *                     with {@code :version}; null takes the URL's database, else PostgreSQL
     */
    public List<Finding> run(String range, String lintRules, String lintDatabase) {
        LintPolicy policy = LintPolicy.parse(lintRules);
        LintTarget offlineTarget = lintDatabase == null || lintDatabase.isBlank() ? null
                : LintTarget.parse(lintDatabase);
        RevisionGraph graph = workspace.graphOrEmpty();
        LintTarget target;
        LiveTables live = LiveTables.none();
        Set<String> current = null;
        if (workspace.settings().hasDatabase()) {
            Dialect dialect = workspace.dialect();
            String database = LintTarget.databaseOf(dialect.name());
            try (SchemaSession session = workspace.openForReading(dialect)) {
                current = workspace.knownHeads(session, graph);
                target = LiveTables.target(session.connection(), database);
                live = LiveTables.read(session.connection(), target.database(), session.schema());
            } catch (DatabaseException unreachable) {
                target = offlineTarget != null ? offlineTarget : LintTarget.newest(database);
                output.warn("Cannot use the database (" + SqlErrors.firstLine(unreachable.getMessage())
                        + "): linting every revision offline, for " + target.display() + ", without table sizes.");
            } catch (SQLException e) {
                throw new DatabaseException("Cannot read the table sizes for migrate:lint: "
                        + SqlErrors.firstLine(e.getMessage()));
            }
        } else {
            target = offlineTarget != null ? offlineTarget : LintTarget.newest("postgresql");
        }
        List<Revision> revisions = revisions(graph, range, current);
        List<Finding> findings = new Linter(target, live, policy).lint(revisions);
        report(findings, revisions.size(), target, current != null);
        return findings;
    }

    private static List<Revision> revisions(RevisionGraph graph, String range, Set<String> current) {
        if (range != null && !range.isBlank()) {
            List<Revision> selected = new ArrayList<>(HistoryRange.select(graph, range,
                    current == null ? Set.of() : current, current != null));
            Collections.reverse(selected);
            return selected;
        }
        Set<String> pending = new HashSet<>();
        graph.all().forEach(r -> pending.add(r.id()));
        if (current != null) {
            pending.removeAll(graph.ancestors(current));
        }
        return graph.topologicalOrder(pending);
    }

    private void report(List<Finding> findings, int revisions, LintTarget target, boolean connected) {
        int errors = 0;
        int warnings = 0;
        for (Finding finding : findings) {
            if (finding.severity() == Severity.INFO) {
                output.info(finding.headline());
                output.info(finding.fixLine());
            } else {
                output.warn(finding.headline());
                output.warn(finding.fixLine());
                errors += finding.severity() == Severity.ERROR ? 1 : 0;
                warnings += finding.severity() == Severity.WARNING ? 1 : 0;
            }
        }
        int notes = findings.size() - errors - warnings;
        output.info("Linted " + plural(revisions, "revision") + " for " + target.display()
                + (connected ? " (table sizes from the database)" : " (offline)") + ": " + plural(errors, "error")
                + ", " + plural(warnings, "warning") + ", " + plural(notes, "note") + ".");
        if (errors > 0) {
            throw new MigrateException(MigrateException.Kind.PROJECT, "migrate:lint found " + plural(errors, "error")
                    + " (listed above). Use the safe form each one shows, or, where the statement is safe for a "
                    + "reason the lint cannot see, add '-- migrate:lint ignore=<rule> -- <reason>' after it; "
                    + "lintRules sets a rule's level.");
        }
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
