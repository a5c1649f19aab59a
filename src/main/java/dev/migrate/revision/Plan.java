package dev.migrate.revision;

import java.util.List;
import java.util.Set;

/**
 * The steps that move the database from its current heads to a target, in the order they run.
 *
 * @param steps      the steps; empty when the database is already there
 * @param headsAfter the version table's rows once every step ran
 */
public record Plan(List<Step> steps, Set<String> headsAfter) {

    public Plan {
        steps = List.copyOf(steps);
        headsAfter = Set.copyOf(headsAfter);
    }

    public boolean isEmpty() {
        return steps.isEmpty();
    }
}
