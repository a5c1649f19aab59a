package dev.migrate.runner;

import dev.migrate.revision.Revision;
import dev.migrate.revision.RevisionGraph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares the upgrade sections of applied revisions with the checksums recorded when they ran (or when an edit was
 * accepted), so that an edited applied revision is reported before anything runs. Only the upgrade section is
 * compared: it is the section that ran for an applied revision. A downgrade section has not run while its revision
 * is applied (a downgrade that ran was followed by a new upgrade row), so fixing it before it is needed is no edit of
 * what the database got; the history row of a downgrade still records the checksum of the section that ran.
 */
public final class ChecksumVerifier {

    /**
     * A recorded and a current checksum that differ.
     *
     * @param revision the revision
     * @param recorded the checksum stored when it was applied (or last accepted)
     * @param current  the checksum of the file now
     * @param entry    the history row of its last upgrade (when it ran; an accepted edit does not change that)
     */
    public record Mismatch(Revision revision, String recorded, String current, HistoryEntry entry) {
    }

    private ChecksumVerifier() {
    }

    /** The applied revisions whose upgrade section changed since it ran, in file order. */
    public static List<Mismatch> mismatches(RevisionGraph graph, Set<String> applied, List<HistoryEntry> history) {
        Map<String, HistoryEntry> last = new HashMap<>();
        Map<String, HistoryEntry> ran = new HashMap<>();
        for (HistoryEntry entry : history) {
            boolean appliedOrAccepted = entry.direction().equals("upgrade") || entry.direction().equals("accept");
            if (entry.checksum() != null && appliedOrAccepted) {
                last.put(entry.revision(), entry);
            }
            if (entry.direction().equals("upgrade")) {
                ran.put(entry.revision(), entry);
            }
        }
        List<Mismatch> mismatches = new ArrayList<>();
        for (String id : graph.inFileOrder(applied)) {
            HistoryEntry entry = last.get(id);
            if (entry == null || !graph.contains(id)) {
                continue;
            }
            Revision revision = graph.get(id);
            if (!revision.upgrade().hasChecksum(entry.checksum())) {
                mismatches.add(new Mismatch(revision, entry.checksum(), revision.upgrade().checksum(),
                        ran.getOrDefault(id, entry)));
            }
        }
        return mismatches;
    }

    /** The error for mismatches that were not accepted. */
    public static EditedRevisionException error(Collection<Mismatch> mismatches) {
        StringBuilder message = new StringBuilder(mismatches.size() == 1 ? "An applied revision was edited after it "
                + "ran:" : mismatches.size() + " applied revisions were edited after they ran:");
        for (Mismatch m : mismatches) {
            message.append("\n  ").append(m.revision().displayFile()).append(": revision ").append(m.revision().id())
                    .append(" ran on ").append(m.entry().startedAt()).append(" with upgrade checksum ")
                    .append(m.recorded()).append(", the file now has ").append(m.current());
        }
        message.append("\nThe database did not get the edit. Revert it (git diff shows it) and put the change in a new "
                + "revision; or, if the edit is deliberate and the database already matches it, accept it with "
                + "-Dmigrate.acceptEdited=").append(String.join(",", mismatches.stream()
                .map(m -> m.revision().id()).toList())).append(" (or =all).");
        return new EditedRevisionException(message.toString());
    }
}
