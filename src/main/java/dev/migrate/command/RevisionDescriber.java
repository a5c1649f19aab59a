package dev.migrate.command;

import dev.migrate.revision.Revision;
import dev.migrate.revision.RevisionGraph;
import dev.migrate.runner.HistoryEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Formats revisions the way {@code history}, {@code show} and {@code heads} print them, in Alembic's style. */
final class RevisionDescriber {

    private final RevisionGraph graph;
    private final Set<String> current;

    /** {@code current} holds the database's heads, or is empty when the database was not consulted. */
    RevisionDescriber(RevisionGraph graph, Set<String> current) {
        this.graph = graph;
        this.current = current;
    }

    /** {@code 1a2b3c4d5e6f -> 3f2a9c1b7d4e (head) (current), Add investment balance points table}. */
    String line(Revision revision) {
        String parents = revision.parents().isEmpty() ? "<base>" : String.join(", ", revision.parents());
        return parents + " -> " + revision.id() + markers(revision) + ", " + revision.message();
    }

    /** {@code 3f2a9c1b7d4e (label) (head)}: labels and the head and current markers, no graph-shape markers. */
    String headLine(Revision revision) {
        return revision.id() + headMarkers(revision);
    }

    /** The labels and the head and current markers. */
    private String headMarkers(Revision revision) {
        StringBuilder out = new StringBuilder();
        for (String label : revision.branchLabels()) {
            out.append(" (").append(label).append(')');
        }
        if (graph.heads().contains(revision.id())) {
            out.append(" (head)");
        }
        if (current.contains(revision.id())) {
            out.append(" (current)");
        }
        return out.toString();
    }

    String markers(Revision revision) {
        StringBuilder out = new StringBuilder(headMarkers(revision));
        if (graph.isBranchPoint(revision.id())) {
            out.append(" (branchpoint)");
        }
        if (revision.isMergePoint()) {
            out.append(" (mergepoint)");
        }
        return out.toString();
    }

    /** The multi-line form of {@code history --verbose} and {@code show}. */
    List<String> block(Revision revision, HistoryEntry applied) {
        List<String> lines = new ArrayList<>();
        lines.add("Rev: " + revision.id() + markers(revision));
        if (revision.isMergePoint()) {
            lines.add("Merges: " + String.join(", ", revision.parents()));
        } else {
            lines.add("Parent: " + (revision.parents().isEmpty() ? "<base>" : revision.parents().get(0)));
        }
        if (graph.isBranchPoint(revision.id())) {
            lines.add("Branches into: " + String.join(", ", graph.children(revision.id())));
        }
        if (!revision.branchLabels().isEmpty()) {
            lines.add("Branch names: " + String.join(", ", revision.branchLabels()));
        }
        if (!revision.dependsOn().isEmpty()) {
            lines.add("Depends on: " + String.join(", ", revision.dependsOn()));
        }
        lines.add("Path: " + revision.displayFile());
        if (applied != null) {
            lines.add("Applied: " + applied.startedAt() + " by " + applied.appliedBy()
                    + (applied.host() == null ? "" : " on " + applied.host()) + " (" + applied.durationMs() + " ms, "
                    + applied.direction() + ")");
        }
        lines.add("");
        lines.add("    " + revision.message());
        lines.add("");
        lines.add("    Revision ID: " + revision.id());
        lines.add("    Revises: " + String.join(", ", revision.parents()));
        if (!revision.createDate().isEmpty()) {
            lines.add("    Create Date: " + revision.createDate());
        }
        lines.add("");
        return lines;
    }
}
