package dev.migrate.command;

import dev.migrate.Output;
import dev.migrate.revision.Plan;
import dev.migrate.runner.TenantOutcome;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;

/**
 * One goal as it runs on each tenant of a fleet ({@link FleetCommand}): the goal's command on the tenant's
 * workspace, and what it did for the summary.
 */
public final class FleetGoal {

    private final String name;
    private final boolean needsRevisions;
    private final BiFunction<Workspace, Output, TenantOutcome> run;

    private FleetGoal(String name, boolean needsRevisions, BiFunction<Workspace, Output, TenantOutcome> run) {
        this.name = name;
        this.needsRevisions = needsRevisions;
        this.run = run;
    }

    public static FleetGoal upgrade(String target, Set<String> acceptEdited) {
        return new FleetGoal("upgrade", true, (workspace, output) ->
                outcome(new UpgradeCommand(workspace, output).run(target, acceptEdited)));
    }

    public static FleetGoal downgrade(String target, Set<String> acceptEdited) {
        return new FleetGoal("downgrade", true, (workspace, output) ->
                outcome(new DowngradeCommand(workspace, output).run(target, acceptEdited)));
    }

    public static FleetGoal stamp(String target, boolean purge) {
        return new FleetGoal("stamp", false, (workspace, output) ->
                new TenantOutcome("-", heads(new StampCommand(workspace, output).run(target, purge)), 0));
    }

    public static FleetGoal current(boolean verbose, ResultFormat format) {
        return new FleetGoal("current", false, (workspace, output) ->
                TenantOutcome.unchanged(heads(new CurrentCommand(workspace, output).run(verbose, format))));
    }

    public static FleetGoal status(ResultFormat format) {
        return new FleetGoal("status", false, (workspace, output) -> {
            new StatusCommand(workspace, output).run(format);
            return TenantOutcome.unchanged("-");
        });
    }

    public static FleetGoal validate() {
        return new FleetGoal("validate", false, (workspace, output) -> {
            new ValidateCommand(workspace, output).run();
            return TenantOutcome.unchanged("-");
        });
    }

    public static FleetGoal check(EntityOptions entities) {
        return new FleetGoal("check", false, (workspace, output) -> {
            new CheckCommand(workspace, entities, output).run();
            return TenantOutcome.unchanged("-");
        });
    }

    String name() {
        return name;
    }

    /** Whether the goal needs at least one revision file (checked once, before any tenant runs). */
    boolean needsRevisions() {
        return needsRevisions;
    }

    TenantOutcome run(Workspace workspace, Output output) {
        return run.apply(workspace, output);
    }

    private static TenantOutcome outcome(Plan plan) {
        Set<String> after = plan.headsAfter();
        Set<String> before = plan.isEmpty() ? after : plan.steps().get(0).headsBefore();
        return new TenantOutcome(heads(before), heads(after), plan.steps().size());
    }

    /** {@code base}, one id, or ids joined by {@code +}, sorted. */
    static String heads(Collection<String> heads) {
        return heads.isEmpty() ? "base" : String.join("+", new TreeSet<>(heads));
    }
}
