package dev.migrate.dialect;

import dev.migrate.change.Change;
import dev.migrate.revision.SqlFlavor;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * One database as the plugin knows it: its name, how it spells names ({@link Quoting}), whether DDL is
 * transactional and when commits are durable, and its roles: the catalog {@link #inspector()}, the migration
 * {@link #locker()}, the plugin's {@link #ownTables()} and the {@link #renderer()} of changes as SQL. Each database
 * implements them side by side in a package of its own ({@code dev.migrate.dialect.postgres}, ...) and is
 * registered in {@link Dialects}.
 */
public interface Dialect extends Quoting {

    /** The database's name as users know it: PostgreSQL, H2, MariaDB. */
    String name();

    /** The product name Hibernate knows the database by ({@code jakarta.persistence.database-product-name}). */
    String hibernateProductName();

    SqlFlavor flavor();

    /** The database's inspector, locker, own tables and renderer. */
    Roles roles();

    /** Reads the catalog: schemas, tables, the live schema and Hibernate's script in a scratch namespace. */
    default Inspector inspector() {
        return roles().inspector();
    }

    /** Takes the migration lock, online and in offline scripts. */
    default Locker locker() {
        return roles().locker();
    }

    /** The DDL of the version and history tables. */
    default OwnTables ownTables() {
        return roles().ownTables();
    }

    /** Renders changes as SQL statements, and says what the database does with existing rows. */
    default ChangeRenderer renderer() {
        return roles().renderer();
    }

    /** Whether DDL statements take part in transactions, so a failed revision rolls back whole. */
    boolean transactionalDdl();

    /**
     * The statements that let a run's commits return before the database has flushed them to disk, and that make
     * them wait for the flush again; null where the database has no such setting. A run uses early commits for most
     * revisions; a commit that waits (the run's last, and one at least every second) makes the earlier ones durable
     * too, and only then are they reported applied.
     */
    default EarlyCommits earlyCommits() {
        return null;
    }

    /** Whether a commit that waited for the disk (see {@link #earlyCommits}) is durable once it returns. */
    default boolean commitIsDurable() {
        return true;
    }

    /**
     * Returns once every commit made on {@code connection} is durable: early commits (see {@link #earlyCommits}), or
     * any commit where {@link #commitIsDurable} is false.
     */
    default void awaitDurable(Connection connection) throws SQLException {
    }

    /** What a user can do when {@link #awaitDurable} fails, and what is at risk meanwhile. */
    default String notDurableHint() {
        return "If the database server crashes now, 'mvn migrate:current' shows which of the revisions above it kept.";
    }

    /**
     * The start of the current transaction and the milliseconds since, so that a revision's statements and its
     * history row can go to the server in one batch; null where DDL is not transactional.
     */
    default TransactionClock transactionClock() {
        return null;
    }

    /** Statement terminator and transaction brackets for offline scripts. */
    default String beginTransaction() {
        return "BEGIN;";
    }

    default String commitTransaction() {
        return "COMMIT;";
    }

    /** Whether opening a connection can create the database (an embedded H2 file), so nothing may connect early. */
    default boolean connectingCreatesDatabase() {
        return false;
    }

    /**
     * The online-safe statements of a change on a table that exists and stays (PostgreSQL: an index built
     * concurrently, a constraint added NOT VALID and validated by a statement of its own), which must run outside a
     * transaction; empty where the database has no such form or the plain statements already are that form.
     */
    default Optional<List<String>> renderOnline(Change change) {
        return Optional.empty();
    }

    /**
     * The statement that makes a section wait at most {@code timeout} (as the database spells a duration) for a
     * lock, for its start (for the whole transaction when {@code transactional}, else for the session), or empty
     * where the database has none the revisions use.
     */
    default Optional<String> setLockTimeout(String timeout, boolean transactional) {
        return Optional.empty();
    }

    /** The statement that ends a session-wide {@link #setLockTimeout}, for the end of a non-transactional section. */
    default Optional<String> resetLockTimeout() {
        return Optional.empty();
    }
}
