package dev.migrate.command;

import dev.migrate.revision.InvalidTargetException;
import dev.migrate.revision.MigrationPlanner;
import dev.migrate.revision.Revision;
import dev.migrate.revision.RevisionGraph;
import dev.migrate.revision.Target;
import dev.migrate.revision.UnknownRevisionException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The revisions a {@code history} range ({@code from:to}, either side optional) selects, newest first. A relative
 * end that walks past the first revision stops at base, and one that walks past a head stops at the head, as
 * Alembic's history does: {@code -3:current} on a database two revisions up lists both.
 */
final class HistoryRange {

    private HistoryRange() {
    }

    static List<Revision> select(RevisionGraph graph, String range, Set<String> current, boolean hasDatabase) {
        Set<String> members = new HashSet<>();
        for (Revision revision : graph.all()) {
            members.add(revision.id());
        }
        if (range != null && !range.isBlank()) {
            String[] parts = range.strip().split(":", -1);
            if (parts.length != 2) {
                throw new InvalidTargetException("'" + range + "' is not a valid history range: use <from>:<to>, "
                        + "e.g. base:head, -3:current or 1a2b3c4d5e6f:head (either side may be left empty).");
            }
            boolean relative = false;
            for (String part : parts) {
                String p = part.strip();
                relative |= p.equals("current") || p.startsWith("+") || p.startsWith("-");
            }
            if (relative && !hasDatabase) {
                throw new InvalidTargetException("History range '" + range + "' is relative to the database's current "
                        + "revision, so it needs the database: set migrate.url (or name revisions instead).");
            }
            String from = parts[0].strip();
            String to = parts[1].strip();
            if (!from.isEmpty() && !from.equals("base")) {
                Set<String> lowest = end(graph, from, current);
                if (lowest != null) {
                    members.retainAll(graph.descendants(lowest));
                }
            }
            if (!to.isEmpty()) {
                Set<String> highest = end(graph, to.equals("head") ? "heads" : to, current);
                members.retainAll(graph.ancestors(highest == null ? Set.of() : highest));
            }
        }
        List<Revision> ordered = new ArrayList<>(graph.topologicalOrder(members));
        Collections.reverse(ordered);
        return ordered;
    }

    /**
     * The revisions one end names; null for base. {@code -N}, {@code +N}, {@code <id>-N} and {@code <id>+N} walk one
     * parent or child at a time and stop at base or at a head; anything else (and an ambiguous walk, which the
     * planner explains) resolves as a target.
     */
    private static Set<String> end(RevisionGraph graph, String text, Set<String> current) {
        Target target = Target.parse(text);
        String start = null;
        int steps = 0;
        if (target instanceof Target.Relative relative && current.size() <= 1) {
            steps = relative.steps();
            if (current.isEmpty()) {
                return null; // the database is at base: walking back stays there, forward starts there
            }
            start = current.iterator().next();
        } else if (target instanceof Target.Reference reference && reference.steps() != 0
                && !names(graph, reference.text())) {
            start = graph.lookup(reference.reference()).id();
            steps = reference.steps();
        }
        if (start == null) {
            Set<String> resolved = new MigrationPlanner(graph).resolve(text, current);
            return resolved.isEmpty() ? null : resolved;
        }
        String at = start;
        for (int i = 0; i < Math.abs(steps); i++) {
            List<String> next = steps < 0 ? graph.get(at).parents() : graph.children(at);
            if (next.isEmpty()) {
                return steps < 0 ? null : Set.of(at); // clamped at base, or at the head
            }
            if (next.size() > 1) {
                return new MigrationPlanner(graph).resolve(text, current); // names the branch or merge point
            }
            at = next.get(0);
        }
        return Set.of(at);
    }

    /** Whether {@code text} is itself a revision or label (a label such as {@code release-2}). */
    private static boolean names(RevisionGraph graph, String text) {
        try {
            graph.lookup(text);
            return true;
        } catch (UnknownRevisionException notAName) {
            return false;
        }
    }
}
