package dev.migrate.runner;

import dev.migrate.revision.MigrationPlanner;
import dev.migrate.revision.Plan;

import java.util.List;
import java.util.Set;

/** What a {@link SchemaRunner} does to a schema: upgrade, downgrade or stamp, each planned from the current heads. */
public sealed interface Operation permits Operation.Upgrade, Operation.Downgrade, Operation.Stamp {

    /** The steps that take a database at {@code current} to this operation's target. */
    Plan plan(MigrationPlanner planner, Set<String> current);

    /** The applied revisions whose edits the user accepted: ids, prefixes or {@code all}. */
    default Set<String> acceptEdited() {
        return Set.of();
    }

    /** Applies the revisions up to {@code target}, accepting the edits {@code acceptEdited} names. */
    record Upgrade(String target, Set<String> acceptEdited) implements Operation {

        public Upgrade {
            acceptEdited = acceptEdited == null ? Set.of() : acceptEdited;
        }

        @Override
        public Plan plan(MigrationPlanner planner, Set<String> current) {
            return planner.upgrade(target, current);
        }
    }

    /** Reverts the revisions down to {@code target}, accepting the edits {@code acceptEdited} names. */
    record Downgrade(String target, Set<String> acceptEdited) implements Operation {

        public Downgrade {
            acceptEdited = acceptEdited == null ? Set.of() : acceptEdited;
        }

        @Override
        public Plan plan(MigrationPlanner planner, Set<String> current) {
            return planner.downgrade(target, current);
        }
    }

    /**
     * Sets the version table to {@code target} without running a revision; {@code purge} first empties a version
     * table that names revisions the files do not have.
     */
    record Stamp(String target, boolean purge) implements Operation {

        /** No steps: the heads the stamp writes. */
        @Override
        public Plan plan(MigrationPlanner planner, Set<String> current) {
            return new Plan(List.of(), planner.stamp(target, current));
        }
    }
}
