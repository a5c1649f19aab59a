package dev.migrate.runner;

import dev.migrate.revision.Plan;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * What one {@link SchemaRunner} run did to one schema.
 *
 * @param from    the version table's rows the run started from (read under the lock when it took the lock)
 * @param to      the version table's rows it left
 * @param plan    the steps that ran, in order; none for a stamp or when the database was already there
 * @param cleared for a stamp, the revisions that had not completed, whose mark it cleared; otherwise none
 * @param time    how long the run took
 */
public record RunResult(Set<String> from, Set<String> to, Plan plan, List<IncompleteRevision> cleared,
                        Duration time) {

    public RunResult {
        from = Set.copyOf(from);
        to = Set.copyOf(to);
        cleared = List.copyOf(cleared);
    }

    /** The ids of the revisions that ran (upgraded or reverted), in the order they ran. */
    public List<String> revisions() {
        return plan.steps().stream().map(step -> step.revision().id()).toList();
    }

    RunResult took(Duration took) {
        return new RunResult(from, to, plan, cleared, took);
    }
}
