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
 * @param upgradeTransactional   false marks the upgrade section {@code transaction=false}
 * @param downgradeTransactional false marks the downgrade section {@code transaction=false}
 */
public record NewRevision(String id, List<String> parents, String message, Instant created,
                          List<String> branchLabels, List<String> dependsOn, String upgradeSql, String downgradeSql,
                          boolean upgradeTransactional, boolean downgradeTransactional) {

    /** A revision whose sections both run in a transaction. */
    public NewRevision(String id, List<String> parents, String message, Instant created, List<String> branchLabels,
                       List<String> dependsOn, String upgradeSql, String downgradeSql) {
        this(id, parents, message, created, branchLabels, dependsOn, upgradeSql, downgradeSql, true, true);
    }
}
