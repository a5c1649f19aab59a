package dev.migrate.command;

import java.util.List;

/**
 * What {@code migrate:revision} and {@code migrate:merge} write.
 *
 * @param message      the revision message (required)
 * @param autogenerate whether to fill the sections from the entities
 * @param head         the parent when there are several heads ({@code base} starts a new root), or null
 * @param revId        a fixed revision id, or null for 12 random hex digits
 * @param branchLabels labels for the new revision
 * @param dependsOn    revisions the new one depends on
 */
public record RevisionOptions(String message, boolean autogenerate, String head, String revId,
                              List<String> branchLabels, List<String> dependsOn) {

    public RevisionOptions {
        branchLabels = branchLabels == null ? List.of() : List.copyOf(branchLabels);
        dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
    }
}
