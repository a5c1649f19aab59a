package dev.migrate.lint;

/** What kind of hazard a rule finds; the benchmark measures recall and precision per family. */
public enum Family {
    /** A lock that blocks reads or writes while an index is built or dropped. */
    INDEX_LOCK,
    /** A scan to validate a constraint or NOT NULL while writes (or reads) wait. */
    VALIDATION_SCAN,
    /** A rewrite (PostgreSQL) or copy/rebuild (MariaDB) of the whole table. */
    REWRITE,
    /** A statement that waits for its lock with no timeout, queueing every other query behind it. */
    LOCK_TIMEOUT,
    /** A statement that fails as written (inside a transaction, on rows that exist). */
    FAILURE,
    /** Data lost or an application version still running broken (expand/contract). */
    COMPATIBILITY
}
