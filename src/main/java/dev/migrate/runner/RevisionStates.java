package dev.migrate.runner;

import dev.migrate.revision.Revision;
import dev.migrate.revision.RevisionGraph;
import dev.migrate.runner.RevisionState.State;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Judges every revision against the database's version and history tables: the one reading of "where does each
 * revision stand" that {@code status} prints and {@code validate} fails on.
 */
public final class RevisionStates {

    private RevisionStates() {
    }

    /**
     * The state of every revision, oldest first, then the revisions the version table holds that no file has.
     *
     * @param graph      the revision files
     * @param current    the version table's rows
     * @param history    the history table's rows, oldest first (with when each ran, for the order check)
     * @param incomplete revisions that started but did not complete, with what to say about each
     */
    public static List<RevisionState> of(RevisionGraph graph, Set<String> current, List<HistoryEntry> history,
                                         Map<String, String> incomplete) {
        Set<String> known = new HashSet<>(current);
        known.removeAll(graph.unknown(current));
        Set<String> applied = graph.ancestors(known);
        Map<String, HistoryEntry> ranLast = lastApplied(history);
        Map<String, ChecksumVerifier.Mismatch> edited = new HashMap<>();
        for (ChecksumVerifier.Mismatch mismatch : ChecksumVerifier.mismatches(graph, applied, history)) {
            edited.put(mismatch.revision().id(), mismatch);
        }
        List<RevisionState> states = new ArrayList<>();
        for (Revision revision : graph.topologicalOrder(idsOf(graph))) {
            String id = revision.id();
            HistoryEntry entry = applied.contains(id) ? ranLast.get(id) : null;
            boolean isCurrent = current.contains(id);
            if (incomplete.containsKey(id)) {
                states.add(new RevisionState(id, revision, State.INCOMPLETE, entry, isCurrent, incomplete.get(id)));
            } else if (!applied.contains(id)) {
                states.add(new RevisionState(id, revision, State.PENDING, null, false, null));
            } else if (edited.containsKey(id)) {
                ChecksumVerifier.Mismatch m = edited.get(id);
                states.add(new RevisionState(id, revision, State.EDITED, entry, isCurrent, "upgrade checksum "
                        + m.recorded() + " when it ran, " + m.current() + " in the file now"));
            } else {
                String parentAfter = parentAppliedAfter(revision, entry, history);
                states.add(parentAfter == null
                        ? new RevisionState(id, revision, State.APPLIED, entry, isCurrent, null)
                        : new RevisionState(id, revision, State.OUT_OF_ORDER, entry, isCurrent, "applied before "
                        + parentAfter + ", which it revises or depends on"));
            }
        }
        for (String id : graph.inFileOrder(graph.unknown(current))) {
            states.add(new RevisionState(id, null, State.UNKNOWN, ranLast.get(id), true,
                    "the version table holds it, but no revision file has this id"));
        }
        return states;
    }

    private static Set<String> idsOf(RevisionGraph graph) {
        Set<String> ids = new HashSet<>();
        for (Revision revision : graph.all()) {
            ids.add(revision.id());
        }
        return ids;
    }

    /** For each revision, the last row that applied or stamped it, unless a downgrade came after. */
    private static Map<String, HistoryEntry> lastApplied(List<HistoryEntry> history) {
        Map<String, HistoryEntry> last = new HashMap<>();
        for (HistoryEntry entry : history) {
            switch (entry.direction()) {
                case "upgrade", "stamp" -> last.put(entry.revision(), entry);
                case "downgrade" -> last.remove(entry.revision());
                default -> { } // an accepted edit changes the checksum, not when the revision ran
            }
        }
        return last;
    }

    /**
     * A parent or dependency whose upgrade the history records after {@code revision}'s (the history's row order, not
     * the clocks of the machines that ran them), or null.
     */
    private static String parentAppliedAfter(Revision revision, HistoryEntry entry, List<HistoryEntry> history) {
        if (entry == null || !entry.direction().equals("upgrade")) {
            return null;
        }
        int position = history.lastIndexOf(entry);
        List<String> before = new ArrayList<>(revision.parents());
        before.addAll(revision.dependsOn());
        for (String parent : before) {
            for (int i = position + 1; i < history.size(); i++) {
                HistoryEntry later = history.get(i);
                if (later.revision().equals(parent) && later.direction().equals("upgrade")) {
                    return parent;
                }
            }
        }
        return null;
    }
}
