package dev.migrate.command;

import dev.migrate.MigrateException;
import dev.migrate.Output;
import dev.migrate.revision.MigrationPlanner;
import dev.migrate.revision.Plan;
import dev.migrate.revision.RevisionGraph;
import dev.migrate.runner.Migrator;
import dev.migrate.runner.SchemaSession;

import java.nio.file.Path;
import java.util.Set;

/** {@code migrate:downgrade}: reverts applied revisions down to a target, newest first. */
public final class DowngradeCommand {

    private final Workspace workspace;
    private final Output output;

    public DowngradeCommand(MigrateSettings settings, Output output) {
        this.workspace = new Workspace(settings, output);
        this.output = output;
    }

    /** On one tenant of a fleet, whose workspace holds the revision files read once for the whole fleet. */
    DowngradeCommand(Workspace workspace, Output output) {
        this.workspace = workspace;
        this.output = output;
    }

    public Plan run(String target, Set<String> acceptEdited) {
        requireTarget(target);
        try (SchemaSession session = workspace.openAfter(workspace::nonEmptyGraph, true)) {
            RevisionGraph graph = workspace.nonEmptyGraph();
            MigrationPlanner planner = new MigrationPlanner(graph);
            Plan plan = workspace.planUnderLock(session, graph, acceptEdited, current -> planner.downgrade(target,
                    current));
            Set<String> current = plan.isEmpty() ? plan.headsAfter() : plan.steps().get(0).headsBefore();
            if (plan.isEmpty()) {
                output.info("Nothing to downgrade: the database is already at " + Heads.describe(graph, current)
                        + ".");
                return plan;
            }
            new Migrator(session, output).run(plan);
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
        Plan plan = new MigrationPlanner(graph).downgrade(r.to(), r.from());
        String script = Offline.script(workspace, plan, "downgrade " + r.text());
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
