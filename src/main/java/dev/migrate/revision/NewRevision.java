package dev.migrate.revision;

import java.time.Instant;
import java.util.List;

/**
 * What {@link RevisionFileWriter} needs to write a revision file.
 *
 * @param id           the revision id
 * @param parents      the revisions it revises
 * @param message      the message; its first line also names the file
 * @param created      the creation time, written in UTC
 * @param branchLabels optional branch labels
 * @param dependsOn    optional dependencies
 * @param upgradeSql   the upgrade section's body, may be empty
 * @param downgradeSql the downgrade section's body, may be empty
 */
public record NewRevision(String id, List<String> parents, String message, Instant created,
                          List<String> branchLabels, List<String> dependsOn, String upgradeSql, String downgradeSql) {
}
