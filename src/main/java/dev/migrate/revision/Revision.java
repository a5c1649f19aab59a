package dev.migrate.revision;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One revision file as parsed from its header and sections.
 *
 * @param id           the revision id ({@code Revision ID:})
 * @param parents      the revisions it revises; empty for a base, several for a merge
 * @param dependsOn    revisions that must be applied first without being parents ({@code Depends On:})
 * @param branchLabels labels naming the branch this revision starts or carries ({@code Branch Labels:})
 * @param message      the first header line
 * @param createDate   the {@code Create Date:} value as written, or empty
 * @param file         the file it was read from
 * @param upgrade      the upgrade section
 * @param downgrade    the downgrade section, absent when the file has none
 * @param verify       the {@code -- migrate:verify} section (assertions {@code migrate:verify} runs after the upgrade),
 *                     absent when the file has none
 */
public record Revision(String id, List<String> parents, List<String> dependsOn, List<String> branchLabels,
                       String message, String createDate, Path file, Section upgrade, Optional<Section> downgrade,
                       Optional<Section> verify) {

    public Revision {
        parents = List.copyOf(parents);
        dependsOn = List.copyOf(dependsOn);
        branchLabels = List.copyOf(branchLabels);
        verify = verify == null ? Optional.empty() : verify;
    }

    /** A revision without a verify section. */
    public Revision(String id, List<String> parents, List<String> dependsOn, List<String> branchLabels,
                    String message, String createDate, Path file, Section upgrade, Optional<Section> downgrade) {
        this(id, parents, dependsOn, branchLabels, message, createDate, file, upgrade, downgrade,
                Optional.empty());
    }

    public boolean isBase() {
        return parents.isEmpty();
    }

    public boolean isMergePoint() {
        return parents.size() > 1;
    }

    /** The file as shown in messages: relative to the working directory when inside it. */
    public String displayFile() {
        return DisplayPaths.of(file);
    }
}
