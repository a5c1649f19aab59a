package dev.migrate.command;

import dev.migrate.MigrateException;
import dev.migrate.Output;
import dev.migrate.revision.RevisionGraph;
import dev.migrate.runner.IncompleteRevision;
import dev.migrate.runner.Operation;
import dev.migrate.runner.RunResult;
import dev.migrate.runner.SchemaSession;

import java.nio.file.Path;
import java.util.Set;

/** {@code migrate:stamp}: sets the version table to a target without running any revision. */
public record StampCommand(Workspace workspace, Output output) {

    public StampCommand(MigrateSettings settings, Output output) {
        this(new Workspace(settings, output), output);
    }

    /** Stamps {@code target}; {@code purge} first empties a version table that names unknown revisions. */
    public Set<String> run(String target, boolean purge) {
        requireTarget(target);
        try (SchemaSession session = workspace.openAfter(workspace::graph, true)) {
            RevisionGraph graph = workspace.graph();
            RunResult stamped = workspace.runner(graph).run(session, new Operation.Stamp(target, purge));
            output.info("Stamped " + session.versions().name() + ": " + Heads.describe(graph, stamped.from())
                    + " -> " + Heads.describe(graph, stamped.to()) + (purge ? " (purged the old rows)" : ""));
            for (IncompleteRevision revision : stamped.cleared()) {
                output.info("Cleared the mark of an incomplete revision (" + revision.summary() + "): the stamp "
                        + "states that the database is at " + Heads.describe(graph, stamped.to()) + ".");
            }
            return stamped.to();
        }
    }

    /** The SQL a stamp would run ({@code target} or {@code from:target}), without connecting. */
    public String offline(String range, boolean purge, Path outputFile) {
        requireTarget(range);
        RevisionGraph graph = workspace.graph();
        OfflineRange r = OfflineRange.parse(range, "base", graph);
        String script = workspace.runner(graph).offline(r.from(), new Operation.Stamp(r.to(), purge),
                () -> Offline.writer(workspace), "stamp " + r.text());
        workspace.deliver(script, outputFile);
        return script;
    }

    private static void requireTarget(String target) {
        if (target == null || target.isBlank()) {
            throw new MigrateException(MigrateException.Kind.SETUP, "migrate:stamp needs a target: "
                    + "-Dmigrate.target=head (adopt a database that already has the schema), base, or a revision id.");
        }
    }
}
