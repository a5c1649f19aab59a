package dev.migrate.command;

import dev.migrate.Output;
import dev.migrate.revision.InvalidTargetException;
import dev.migrate.revision.MigrationPlanner;
import dev.migrate.revision.Plan;
import dev.migrate.revision.RevisionGraph;
import dev.migrate.runner.Operation;
import dev.migrate.runner.SchemaSession;

import java.nio.file.Path;
import java.util.Set;

/** {@code migrate:upgrade}: applies the revisions the target needs and the database lacks. */
public record UpgradeCommand(Workspace workspace, Output output) {

    public UpgradeCommand(MigrateSettings settings, Output output) {
        this(new Workspace(settings, output), output);
    }

    /** Applies revisions up to {@code target}; returns the plan that ran. */
    public Plan run(String target, Set<String> acceptEdited) {
        return run(target, acceptEdited, null);
    }

    /**
     * Applies revisions up to {@code target}; a schema that holds tables but no version table is refused unless
     * {@code baseline} names the revision they match (stamped first) or is {@code base}.
     */
    public Plan run(String target, Set<String> acceptEdited, String baseline) {
        try (SchemaSession session = workspace.openAfter(workspace::nonEmptyGraph, true)) {
            RevisionGraph graph = workspace.nonEmptyGraph();
            new Adoption(workspace, output).check(session, graph, baseline, () -> {
                MigrationPlanner planner = new MigrationPlanner(graph);
                planner.upgrade(target, planner.stamp(baseline.trim(), Set.of()));
            });
            Plan plan = workspace.runner(graph).run(session, new Operation.Upgrade(target, acceptEdited)).plan();
            if (plan.isEmpty()) {
                output.info("Nothing to upgrade: the database is up to date at "
                        + Heads.describe(graph, plan.headsAfter()) + ".");
                return plan;
            }
            output.info("Database is at " + Heads.describe(graph, plan.headsAfter()) + ".");
            return plan;
        }
    }

    /** The SQL an upgrade to {@code range} ({@code to} or {@code from:to}) would run, without connecting. */
    public String offline(String range, Path outputFile) {
        RevisionGraph graph = workspace.nonEmptyGraph();
        OfflineRange r = OfflineRange.parse(range, "base", graph);
        MigrationPlanner planner = new MigrationPlanner(graph);
        Set<String> reachable = graph.ancestors(planner.resolve(r.to(), r.from()));
        if (!reachable.containsAll(r.from())) {
            throw new InvalidTargetException("'" + r.text() + "' is not a valid upgrade range: "
                    + "its start is not an ancestor of " + r.to() + ", so an upgrade cannot get there from it. Put "
                    + "the older revision first (for the way back, use migrate:downgrade); see 'mvn migrate:history' "
                    + "for the order.");
        }
        String script = workspace.runner(graph).offline(r.from(), new Operation.Upgrade(r.to(), Set.of()),
                () -> Offline.writer(workspace), "upgrade " + r.text());
        workspace.deliver(script, outputFile);
        return script;
    }
}
