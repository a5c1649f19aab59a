package dev.migrate.dialect;

import dev.migrate.Output;
import dev.migrate.change.Change;
import dev.migrate.change.Warnings;
import dev.migrate.database.SchemaReader;
import dev.migrate.revision.SqlFlavor;
import dev.migrate.schema.Namespaces;
import dev.migrate.schema.Schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * What differs between databases: identifier rules, schemas, whether DDL is transactional, the lock, the DDL of the
 * plugin's own tables, and (for autogenerate) reading the schema and rendering changes as SQL.
 */
public interface Dialect {

    /** The database's name as users know it: PostgreSQL, H2, MariaDB. */
    String name();

    /** The product name Hibernate knows the database by ({@code jakarta.persistence.database-product-name}). */
    String hibernateProductName();

    SqlFlavor flavor();

    /** Whether DDL statements take part in transactions, so a failed revision rolls back whole. */
    boolean transactionalDdl();

    /** How the catalog stores an unquoted identifier: PostgreSQL folds to lower case, H2 to upper case. */
    String fold(String unquoted);

    /** An identifier as stored in the catalog, written so the database reads it back exactly (quoted if needed). */
    String identifier(String stored);

    /** {@code schema.name}, or just the name when the schema is null. */
    default String qualified(String schema, String name) {
        return schema == null ? identifier(name) : identifier(schema) + "." + identifier(name);
    }

    /** The schema unqualified names resolve to on this connection. */
    String currentSchema(Connection connection) throws SQLException;

    boolean schemaExists(Connection connection, String schema) throws SQLException;

    void createSchema(Connection connection, String schema) throws SQLException;

    /** Makes {@code schema} the one unqualified names in revisions resolve to. */
    void useSchema(Connection connection, String schema) throws SQLException;

    /** Whether a table exists in {@code schema}. */
    boolean tableExists(Connection connection, String schema, String table) throws SQLException;

    /**
     * The columns of a table, lower-cased, in no particular order; empty when the table does not exist (one round
     * trip tells both).
     */
    default Set<String> tableColumns(Connection connection, String schema, String table)
            throws SQLException {
        Set<String> columns = new HashSet<>();
        for (String column : Jdbc.column(connection, "select column_name from information_schema.columns"
                + " where table_schema = ? and table_name = ?", schema, table)) {
            columns.add(column.toLowerCase(Locale.ROOT));
        }
        return columns;
    }

    String createVersionTable(String schema, String table);

    String createHistoryTable(String schema, String table);

    /**
     * The statement that gives a table of the plugin, created by an earlier version, the character set every
     * message fits in; null where the database needs none (MariaDB's tables may default to latin1).
     */
    default String convertToUnicode(String schema, String table) {
        return null;
    }

    /**
     * Takes the migration lock that guards {@code versionTable} on {@code connection} (a connection of its own),
     * waiting up to {@code timeout} (negative: forever).
     */
    MigrationLock lock(Connection connection, String schema, String versionTable, Duration timeout, Output output);

    /**
     * The statements that let a run's commits return before the database has flushed them to disk, and that make
     * them wait for the flush again; null where the database has no such setting. A run uses early commits for most
     * revisions; a commit that waits (the run's last, and one at least every second) makes the earlier ones durable
     * too, and only then are they reported applied.
     */
    default String[] earlyCommits() {
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
     * SQL expressions for the start of the current transaction and the milliseconds since, so that a revision's
     * statements and its history row can go to the server in one batch; null where DDL is not transactional.
     */
    default String[] transactionClock() {
        return null;
    }

    /**
     * The statements that take and release the lock in an offline script, or empty strings where there are none.
     * They take the same lock as {@link #lock} for the same version table: with a null {@code schema} the script
     * works out the key from the schema its connection resolves unqualified names to, as an online run does.
     */
    default String[] offlineLock(String schema, String versionTable) {
        return new String[] {"", ""};
    }

    /**
     * The statements that stop an offline script, with an error naming what the database is at, unless the version
     * table holds exactly {@code check.expectedHeads()} (none: the table is empty or missing). Where
     * {@link #offlineCheckNeedsTables} is false, they run before the script creates or changes anything.
     */
    String offlineStartCheck(String schema, String versionTable, OfflineStartCheck check);

    /** Whether {@link #offlineStartCheck} can only run once the plugin's tables exist (H2 has no procedural SQL). */
    default boolean offlineCheckNeedsTables() {
        return false;
    }

    /** Statement terminator and transaction brackets for offline scripts. */
    default String beginTransaction() {
        return "BEGIN;";
    }

    default String commitTransaction() {
        return "COMMIT;";
    }

    /** Reads a schema into the model with bulk catalog queries. */
    SchemaReader schemaReader();

    /**
     * Applies {@code ddl} (Hibernate's create script) in a scratch namespace beside the live schema and reads it
     * back with {@link #schemaReader()}, leaving nothing behind. The objects the script places in a named schema
     * go to a scratch namespace of their own and come back keyed {@code schema.name}
     * ({@link dev.migrate.schema.Namespaces}).
     *
     * @throws ScratchDdlException when a statement of the script fails
     */
    Schema readScratch(Connection connection, List<String> ddl) throws SQLException;

    /**
     * Reads the live schema and the desired one for a comparison: the same reader for both, and names the database
     * would make up replaced by deterministic ones on the desired side.
     */
    default ComparedSchemas readForComparison(Connection connection, String liveSchema, Set<String> own,
                                              Supplier<List<String>> ddl) throws SQLException {
        return readForComparison(connection, liveSchema, own, Set.of(), ddl);
    }

    /**
     * As {@link #readForComparison(Connection, String, java.util.Set, Supplier)}, covering besides
     * {@code liveSchema} every schema the script names and each of {@code schemas} (as stored; the revisions name
     * them): tables and sequences there are keyed {@code schema.name} ({@link dev.migrate.schema.Namespaces}).
     */
    default ComparedSchemas readForComparison(Connection connection, String liveSchema, Set<String> own,
                                              Set<String> schemas, Supplier<List<String>> ddl)
            throws SQLException {
        Map<String, Schema> parts = new LinkedHashMap<>();
        parts.put(liveSchema, schemaReader().read(connection, liveSchema, own));
        Schema desired = NamespaceReads.defaultNamed(readScratch(connection, ddl.get()), liveSchema);
        Set<String> covered = new TreeSet<>(schemas);
        covered.addAll(Namespaces.named(desired));
        Schema live = NamespaceReads.readNamed(schemaReader(), connection, liveSchema, parts,
                NamespaceReads.same(covered));
        return new ComparedSchemas(live, ConstraintNames.assign(desired, this::isGeneratedName, this::fold));
    }

    /**
     * Reads the live schema as {@link #readForComparison} does, for a comparison with a desired schema read
     * earlier.
     */
    default Schema readLiveForComparison(Connection connection, String liveSchema, Set<String> own)
            throws SQLException {
        return schemaReader().read(connection, liveSchema, own);
    }

    /** As {@link #readLiveForComparison(Connection, String, java.util.Set)}, covering {@code schemas} too. */
    default Schema readLiveForComparison(Connection connection, String liveSchema, Set<String> own,
                                         Set<String> schemas) throws SQLException {
        return NamespaceReads.read(schemaReader(), connection, liveSchema, own, NamespaceReads.same(schemas));
    }

    /** Whether opening a connection can create the database (an embedded H2 file), so nothing may connect early. */
    default boolean connectingCreatesDatabase() {
        return false;
    }

    /** Whether the database made this constraint name up (H2's {@code CONSTRAINT_62}); such names are not kept. */
    default boolean isGeneratedName(String name) {
        return false;
    }

    /** What the database does with existing rows, for the warnings above the statements of a change. */
    Warnings.Rules warningRules();

    /** The SQL statements (without terminators) that apply a change. */
    List<String> render(Change change);

    /** A string literal. */
    default String literal(String value) {
        return value == null ? "NULL" : "'" + value.replace("'", "''") + "'";
    }
}
