package dev.migrate.revision;

import java.util.List;
import java.util.Set;

/**
 * One revision to run in one direction, with the version-table rows before and after it.
 *
 * @param revision    the revision
 * @param direction   upgrade or downgrade
 * @param headsBefore the version table's rows before the step
 * @param headsAfter  the version table's rows after the step
 */
public record Step(Revision revision, Direction direction, Set<String> headsBefore, Set<String> headsAfter) {

    public Step {
        headsBefore = Set.copyOf(headsBefore);
        headsAfter = Set.copyOf(headsAfter);
    }

    /** The section this step runs. */
    public Section section() {
        if (direction == Direction.UPGRADE) {
            return revision.upgrade();
        }
        return revision.downgrade().orElseThrow(() -> new RevisionException(revision.displayFile()
                + ": revision " + revision.id() + " has no '-- migrate:downgrade' section, so it cannot be reverted."
                + " Add the section with the SQL that undoes the upgrade."));
    }

    /** What the step moves from, as a user reads it: the parents on upgrade, the revision on downgrade. */
    public String from() {
        return direction == Direction.UPGRADE ? ids(revision.parents()) : revision.id();
    }

    /** What the step moves to: the revision on upgrade, its parents on downgrade. */
    public String to() {
        return direction == Direction.UPGRADE ? revision.id() : ids(revision.parents());
    }

    private static String ids(List<String> ids) {
        return ids.isEmpty() ? "<base>" : String.join(", ", ids);
    }
}
