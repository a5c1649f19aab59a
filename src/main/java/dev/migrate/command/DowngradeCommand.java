package dev.migrate.command;

import dev.migrate.MigrateException;
import dev.migrate.Output;
import dev.migrate.revision.Plan;
import dev.migrate.revision.RevisionGraph;
import dev.migrate.runner.Operation;
import dev.migrate.runner.SchemaSession;

import java.nio.file.Path;
import java.util.Set;

/** {@code migrate:downgrade}: reverts applied revisions down to a target, newest first. */
public record DowngradeCommand(Workspace workspace, Output output) {

    public DowngradeCommand(MigrateSettings settings, Output output) {
        this(new Workspace(settings, output), output);
    }

    public Plan run(String target, Set<String> acceptEdited) {
        requireTarget(target);
        try (SchemaSession session = workspace.openAfter(workspace::nonEmptyGraph, true)) {
            RevisionGraph graph = workspace.nonEmptyGraph();
            Plan plan = workspace.runner(graph).run(session, new Operation.Downgrade(target, acceptEdited)).plan();
            if (plan.isEmpty()) {
                output.info("Nothing to downgrade: the database is already at "
                        + Heads.describe(graph, plan.headsAfter()) + ".");
                return plan;
            }
            output.info("Database is at " + Heads.describe(graph, plan.headsAfter()) + ".");
            return plan;
        }
    }

    /** The SQL a downgrade over {@code from:to} would run, without connecting. */
    public String offline(String range, Path outputFile) {
        requireTarget(range);
        if (!range.contains(":")) {
            throw new MigrateException(MigrateException.Kind.SETUP, "An offline downgrade needs a range, because "
                    + "the script cannot read where the database is: -Dmigrate.target=<from>:<to>, e.g. head:base or "
                    + "3f2a9c1b7d4e:1a2b3c4d5e6f.");
        }
        RevisionGraph graph = workspace.nonEmptyGraph();
        OfflineRange r = OfflineRange.parse(range, null, graph);
        String script = workspace.runner(graph).offline(r.from(), new Operation.Downgrade(r.to(), Set.of()),
                () -> Offline.writer(workspace), "downgrade " + r.text());
        workspace.deliver(script, outputFile);
        return script;
    }

    private static void requireTarget(String target) {
        if (target == null || target.isBlank()) {
            throw new MigrateException(MigrateException.Kind.SETUP, "migrate:downgrade needs a target: "
                    + "-Dmigrate.target=-1 (one revision back), base (everything), or a revision id.");
        }
    }
}
