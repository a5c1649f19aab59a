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
 * @param online       write changes on existing tables in the online-safe form where the database has one
 *                     (PostgreSQL); false writes the plain form
 * @param lockTimeout  how long an online section waits for a lock, as PostgreSQL's {@code lock_timeout} takes it
 */
public record RevisionOptions(String message, boolean autogenerate, String head, String revId,
                              List<String> branchLabels, List<String> dependsOn, boolean online,
                              String lockTimeout) {

    /** The default of {@code lockTimeoutSql}. */
    public static final String DEFAULT_LOCK_TIMEOUT = "5s";

    public RevisionOptions {
        branchLabels = branchLabels == null ? List.of() : List.copyOf(branchLabels);
        dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
        lockTimeout = lockTimeout == null ? DEFAULT_LOCK_TIMEOUT : lockTimeout.strip();
    }

    /** Options with the online-safe form on and the default lock timeout. */
    public RevisionOptions(String message, boolean autogenerate, String head, String revId,
                           List<String> branchLabels, List<String> dependsOn) {
        this(message, autogenerate, head, revId, branchLabels, dependsOn, true, DEFAULT_LOCK_TIMEOUT);
    }

    /** These options with the online-safe form on or off. */
    public RevisionOptions online(boolean on) {
        return new RevisionOptions(message, autogenerate, head, revId, branchLabels, dependsOn, on, lockTimeout);
    }
}
