package dev.migrate.revision;

import java.util.List;

/** The Revises/Depends On lines of some revisions form a cycle. */
public final class CycleDetectedException extends RevisionException {

    public CycleDetectedException(List<Revision> cycle) {
        super("Revisions form a cycle (each one revises the next): "
                + String.join(" -> ", cycle.stream().map(Revision::id).toList()) + " -> "
                + cycle.get(0).id() + " (" + String.join(", ", cycle.stream().map(Revision::displayFile).toList())
                + "). Each revision must revise older ones; fix the 'Revises:' lines.");
    }
}
