package dev.migrate.lint;

import dev.migrate.revision.Section;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each rule on a bad and a good statement: the exact finding text, no database. */
class LintRulesTest {

    static List<Finding> lint(String target, boolean transactional, String sql) {
        return new Linter(LintTarget.parse(target), LiveTables.none(), LintPolicy.defaults())
                .lint(new Section("upgrade", sql, 10, transactional, "v.sql"), "v.sql");
    }

    /** The headlines of {@code rule}'s findings. */
    static List<String> found(Rule rule, String target, String sql) {
        return lint(target, true, sql).stream().filter(f -> f.rule() == rule).map(Finding::headline).toList();
    }

    static List<String> found(Rule rule, String sql) {
        return found(rule, "postgresql", sql);
    }

    @Test
    void indexWithoutConcurrentlyOnExistingTable() {
        List<Finding> findings = lint("postgresql", true, "CREATE INDEX idx_accounts_email ON accounts (email);");
        assertEquals("v.sql:10: warning [index-without-concurrently] CREATE INDEX on `accounts` takes a SHARE lock: "
                + "writes to the table wait until the index is built (reads go on).", findings.get(0).headline());
        assertEquals("    safe form: CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_accounts_email ON accounts ... in a "
                + "section marked '-- migrate:upgrade transaction=false'", findings.get(0).fixLine());
        assertEquals(List.of(), lint("postgresql", false,
                "CREATE INDEX CONCURRENTLY idx_accounts_email ON accounts (email);"));
    }

    @Test
    void indexOnTableCreatedEarlierInTheRangeIsFine() {
        assertEquals(List.of(), lint("postgresql", true, "CREATE TABLE t (id int);\nCREATE INDEX i ON t (id);"));
    }

    @Test
    void dropIndexWithoutConcurrently() {
        assertEquals(List.of("v.sql:10: warning [drop-index-without-concurrently] DROP INDEX `idx_accounts_email` "
                + "takes an ACCESS EXCLUSIVE lock on its table: reads and writes wait until it ends, and behind any "
                + "query already running on the table."),
                found(Rule.DROP_INDEX_WITHOUT_CONCURRENTLY, "DROP INDEX idx_accounts_email;"));
        assertEquals(List.of(), lint("postgresql", false, "DROP INDEX CONCURRENTLY idx_accounts_email;"));
        assertEquals(List.of(), lint("postgresql", true, "CREATE TABLE t (id int);\nCREATE INDEX i ON t (id);\n"
                + "DROP INDEX i;"));
    }

    @Test
    void foreignKeyAndCheckWithoutNotValid() {
        assertEquals(List.of("v.sql:10: warning [constraint-without-not-valid] ADD FOREIGN KEY takes a SHARE ROW "
                + "EXCLUSIVE lock on `orders` and the table it references and scans `orders` to validate it: writes "
                + "to both wait for the whole scan."), found(Rule.CONSTRAINT_WITHOUT_NOT_VALID, "ALTER TABLE orders "
                + "ADD CONSTRAINT fk_orders_user FOREIGN KEY (user_id) REFERENCES users (id);"));
        assertEquals(List.of("v.sql:10: warning [constraint-without-not-valid] ADD CHECK takes an ACCESS EXCLUSIVE "
                + "lock on `orders` and scans it to validate: reads and writes wait for the whole scan."),
                found(Rule.CONSTRAINT_WITHOUT_NOT_VALID, "ALTER TABLE orders ADD CONSTRAINT ck CHECK (amount > 0);"));
        assertEquals(List.of(), found(Rule.CONSTRAINT_WITHOUT_NOT_VALID, "ALTER TABLE orders ADD CONSTRAINT fk "
                + "FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT fk;"));
    }

    @Test
    void setNotNullNeedsAValidatedCheck() {
        assertEquals(List.of("v.sql:10: warning [set-not-null-scan] SET NOT NULL on `amount` takes an ACCESS "
                + "EXCLUSIVE lock on `orders` and scans it for nulls: reads and writes wait for the whole scan."),
                found(Rule.SET_NOT_NULL_SCAN, "ALTER TABLE orders ALTER COLUMN amount SET NOT NULL;"));
        String safe = "ALTER TABLE orders ADD CONSTRAINT amount_nn CHECK (amount IS NOT NULL) NOT VALID;\n"
                + "ALTER TABLE orders VALIDATE CONSTRAINT amount_nn;\n"
                + "ALTER TABLE orders ALTER COLUMN amount SET NOT NULL;";
        assertEquals(List.of(), found(Rule.SET_NOT_NULL_SCAN, safe));
        assertEquals(List.of("v.sql:12: warning [set-not-null-scan] SET NOT NULL on `amount` takes an ACCESS "
                + "EXCLUSIVE lock on `orders` and scans it for nulls: reads and writes wait for the whole scan."),
                found(Rule.SET_NOT_NULL_SCAN, "postgresql:11", safe), "PostgreSQL 11 does not use the check");
    }

    @Test
    void addColumnWithVolatileDefaultRewrites() {
        assertEquals(List.of("v.sql:10: warning [add-column-rewrite] ADD COLUMN `token` with the volatile default "
                + "gen_random_uuid() evaluates it for every row, which rewrites `accounts` under an ACCESS EXCLUSIVE "
                + "lock: reads and writes wait for the whole rewrite."), found(Rule.ADD_COLUMN_REWRITE,
                "ALTER TABLE accounts ADD COLUMN token uuid DEFAULT gen_random_uuid();"));
        assertEquals(List.of(), found(Rule.ADD_COLUMN_REWRITE,
                "ALTER TABLE accounts ADD COLUMN created_at timestamptz NOT NULL DEFAULT now();"));
        assertEquals(List.of(), found(Rule.ADD_COLUMN_REWRITE,
                "ALTER TABLE accounts ADD COLUMN flag boolean NOT NULL DEFAULT false;"));
        assertEquals(List.of("v.sql:10: warning [add-column-rewrite] ADD COLUMN `id2` as bigserial fills every row "
                + "from a sequence, which rewrites `accounts` under an ACCESS EXCLUSIVE lock: reads and writes wait "
                + "for the whole rewrite."), found(Rule.ADD_COLUMN_REWRITE,
                "ALTER TABLE accounts ADD COLUMN id2 bigserial;"));
    }

    @Test
    void anyDefaultRewritesBeforePostgres11() {
        assertEquals(List.of("v.sql:10: warning [add-column-rewrite] ADD COLUMN `flag` with a default on PostgreSQL "
                + "10 (before 11) writes it into every row, which rewrites `accounts` under an ACCESS EXCLUSIVE lock: "
                + "reads and writes wait for the whole rewrite."), found(Rule.ADD_COLUMN_REWRITE, "postgresql:10",
                "ALTER TABLE accounts ADD COLUMN flag boolean DEFAULT false;"));
    }

    @Test
    void addRequiredColumn() {
        assertEquals(List.of("v.sql:10: warning [add-required-column] ADD COLUMN `n` NOT NULL without a default "
                + "fails as soon as `accounts` holds a row."), found(Rule.ADD_REQUIRED_COLUMN,
                "ALTER TABLE accounts ADD COLUMN n int NOT NULL;"));
        assertEquals(List.of(), found(Rule.ADD_REQUIRED_COLUMN,
                "ALTER TABLE accounts ADD COLUMN n int NOT NULL DEFAULT 0;"));
    }

    @Test
    void typeChangesThatRewriteAndThoseThatDoNot() {
        assertEquals(List.of("v.sql:10: warning [type-change-rewrite] changing the type of `id` to bigint rewrites "
                + "`accounts` and its indexes under an ACCESS EXCLUSIVE lock: reads and writes wait for the whole "
                + "rewrite."), found(Rule.TYPE_CHANGE_REWRITE, "ALTER TABLE accounts ALTER COLUMN id TYPE bigint;"));
        assertEquals(List.of("v.sql:10: warning [type-change-rewrite] changing the type of `total` to numeric(12, 2) "
                + "rewrites `accounts` and its indexes under an ACCESS EXCLUSIVE lock: reads and writes wait for the "
                + "whole rewrite."), found(Rule.TYPE_CHANGE_REWRITE, "ALTER TABLE accounts ALTER COLUMN total TYPE "
                + "numeric(12,2) USING total::numeric(12,2);"));
        assertEquals(List.of(), found(Rule.TYPE_CHANGE_REWRITE,
                "ALTER TABLE accounts ALTER COLUMN name TYPE varchar(500);"));
        assertEquals(List.of(), found(Rule.TYPE_CHANGE_REWRITE, "ALTER TABLE accounts ALTER COLUMN name TYPE text;"));
        assertEquals(List.of(), found(Rule.TYPE_CHANGE_REWRITE,
                "ALTER TABLE accounts ALTER COLUMN name SET DATA TYPE character varying;"));
    }

    @Test
    void uniqueConstraintWithoutConcurrentIndex() {
        assertEquals(List.of("v.sql:10: warning [unique-without-index] adding a unique or primary key constraint "
                + "builds its index under an ACCESS EXCLUSIVE lock on `accounts`: reads and writes wait until it is "
                + "built."), found(Rule.UNIQUE_WITHOUT_INDEX,
                "ALTER TABLE accounts ADD CONSTRAINT accounts_email_key UNIQUE (email);"));
        assertEquals(List.of(), found(Rule.UNIQUE_WITHOUT_INDEX, "ALTER TABLE accounts ADD CONSTRAINT "
                + "accounts_email_key UNIQUE USING INDEX accounts_email_key;"));
    }

    @Test
    void renamesAndDropsBreakTheRunningApplication() {
        assertEquals(List.of("v.sql:10: warning [rename-breaks-application] renaming column `name` of `accounts` to "
                + "`full_name` breaks the application version still running, which names `name`."),
                found(Rule.RENAME_BREAKS_APPLICATION, "ALTER TABLE accounts RENAME COLUMN name TO full_name;"));
        assertEquals(List.of("v.sql:10: warning [rename-breaks-application] renaming table `accounts` to `users` "
                + "breaks the application version still running, which names `accounts`."),
                found(Rule.RENAME_BREAKS_APPLICATION, "ALTER TABLE accounts RENAME TO users;"));
        assertEquals(List.of("v.sql:10: warning [drop-column] DROP COLUMN `legacy` on `accounts` destroys its data, "
                + "and the application version still running fails on every query that names it."),
                found(Rule.DROP_COLUMN, "ALTER TABLE accounts DROP COLUMN legacy;"));
        assertEquals(List.of("v.sql:10: warning [drop-table] DROP TABLE `legacy_accounts` destroys its rows, and the "
                + "application version still running fails on every query that uses it."),
                found(Rule.DROP_TABLE, "DROP TABLE legacy_accounts;"));
        assertEquals(List.of(), lint("postgresql", true, "CREATE TABLE scratch (id int);\n"
                + "ALTER TABLE scratch ADD COLUMN note text;\nALTER TABLE scratch RENAME COLUMN note TO notes;\n"
                + "ALTER TABLE scratch DROP COLUMN notes;\nDROP TABLE scratch;"));
    }

    @Test
    void enumValueRemovalAndAddValueInTransaction() {
        assertEquals(List.of("v.sql:10: warning [enum-value-removal] renaming type `status` to `status_old` is how "
                + "an enum is recreated without some of its values: rows that hold a removed value fail to convert, "
                + "every column of the type is rewritten under an ACCESS EXCLUSIVE lock, and the application version "
                + "still running may write the removed values."),
                found(Rule.ENUM_VALUE_REMOVAL, "ALTER TYPE status RENAME TO status_old;"));
        assertEquals(List.of("v.sql:10: error [enum-value-in-transaction] ALTER TYPE `status` ADD VALUE cannot run "
                + "inside a transaction block on PostgreSQL 11: the revision fails."),
                found(Rule.ENUM_VALUE_IN_TRANSACTION, "postgresql:11", "ALTER TYPE status ADD VALUE 'archived';"));
        assertEquals(List.of(), lint("postgresql:12", true, "ALTER TYPE status ADD VALUE 'archived';"));
    }

    @Test
    void lockTimeoutOncePerSectionUnlessSet() {
        List<Finding> findings = lint("postgresql", true, "ALTER TABLE accounts ADD COLUMN note text;\n"
                + "ALTER TABLE accounts ADD COLUMN note2 text;");
        assertEquals(List.of("v.sql:10: warning [missing-lock-timeout] this statement waits for an ACCESS EXCLUSIVE "
                + "lock on `accounts` with no lock_timeout: while it waits behind a long query, every later query on "
                + "the table queues behind it."), findings.stream().map(Finding::headline).toList());
        assertEquals("    safe form: SET LOCAL lock_timeout = '5s'; as the section's first statement",
                findings.get(0).fixLine());
        assertEquals(List.of(), lint("postgresql", true, "SET LOCAL lock_timeout = '5s';\n"
                + "ALTER TABLE accounts ADD COLUMN note text;"));
    }

    @Test
    void concurrentlyInATransactionalSection() {
        assertEquals(List.of("v.sql:10: error [concurrently-in-transaction] CREATE INDEX CONCURRENTLY cannot run "
                + "inside a transaction block, and this section runs in one: the revision fails."),
                found(Rule.CONCURRENTLY_IN_TRANSACTION, "CREATE INDEX CONCURRENTLY i ON accounts (email);"));
        assertEquals(List.of(), lint("postgresql", false, "CREATE INDEX CONCURRENTLY i ON accounts (email);"));
    }

    @Test
    void mariaDbAddColumnIsInstantFrom10_3_2AndAnywhereFrom10_4() {
        String positioned = "ALTER TABLE accounts ADD COLUMN note text AFTER name;";
        assertEquals(List.of("v.sql:10: warning [table-rebuild] ADD COLUMN `note` (not as the last column) rebuilds "
                + "`accounts` in place on MariaDB 10.3: reads and writes go on (LOCK=NONE), but the rebuild costs time, "
                + "disk and replication lag, and writes wait briefly at its end."),
                found(Rule.TABLE_REBUILD, "mariadb:10.3", positioned));
        assertEquals(List.of(), lint("mariadb:10.4", true, positioned));
        assertEquals(List.of(), lint("mariadb:10.3.2", true, "ALTER TABLE accounts ADD COLUMN note text;"));
        assertEquals(List.of("v.sql:10: warning [table-rebuild] ADD COLUMN `note` rebuilds `accounts` in place on "
                + "MySQL 8.0.11: reads and writes go on (LOCK=NONE), but the rebuild costs time, disk and replication "
                + "lag, and writes wait briefly at its end."), found(Rule.TABLE_REBUILD, "mysql:8.0.11",
                "ALTER TABLE accounts ADD COLUMN note text;"));
    }

    @Test
    void mariaDbCopiesForTypeChangesAndForeignKeys() {
        assertEquals(List.of("v.sql:10: warning [table-copy] MODIFY COLUMN `note` (unless it only renames it, changes "
                + "its default or widens a VARCHAR within the same length byte) runs ALGORITHM=COPY on MariaDB 10.11: "
                + "it copies `accounts` row by row while writes wait (LOCK=SHARED) for the whole copy."),
                found(Rule.TABLE_COPY, "mariadb:10.11", "ALTER TABLE accounts MODIFY COLUMN note bigint;"));
        assertEquals(List.of("v.sql:10: warning [table-copy] ADD FOREIGN KEY (with foreign_key_checks on) runs "
                + "ALGORITHM=COPY on MariaDB 11.4: it copies `accounts` row by row (online: writes go on, but the copy "
                + "costs time, disk and replication lag)."), found(Rule.TABLE_COPY, "mariadb:11.4",
                "ALTER TABLE accounts ADD CONSTRAINT fk FOREIGN KEY (u) REFERENCES users (id);"));
        assertEquals(List.of(), lint("mariadb:10.11", true, "SET foreign_key_checks = 0;\nALTER TABLE accounts ADD "
                + "CONSTRAINT fk FOREIGN KEY (u) REFERENCES users (id);\nSET foreign_key_checks = 1;"));
        assertEquals(List.of(), lint("mariadb:10.11", true,
                "ALTER TABLE accounts MODIFY COLUMN note bigint, ALGORITHM=INPLACE, LOCK=NONE;"));
        assertEquals(List.of(), lint("mariadb:10.11", true, "CREATE INDEX i ON accounts (email);"));
    }

    @Test
    void mariaDbDropColumnIsInstantFrom10_4() {
        assertEquals(List.of("v.sql:10: warning [table-rebuild] DROP COLUMN `note` rebuilds `accounts` in place on "
                + "MariaDB 10.3: reads and writes go on (LOCK=NONE), but the rebuild costs time, disk and replication "
                + "lag, and writes wait briefly at its end.", "v.sql:10: warning [drop-column] DROP COLUMN `note` on "
                + "`accounts` destroys its data, and the application version still running fails on every query that "
                + "names it."), lint("mariadb:10.3", true, "ALTER TABLE accounts DROP COLUMN note;").stream()
                .map(Finding::headline).toList());
        assertEquals(List.of(), found(Rule.TABLE_REBUILD, "mariadb:10.4", "ALTER TABLE accounts DROP COLUMN note;"));
    }

    @Test
    void h2ReportsOnlyDestructiveDrops() {
        assertEquals(List.of("v.sql:10: warning [drop-table] DROP TABLE `accounts` destroys its rows, and the "
                + "application version still running fails on every query that uses it."),
                lint("h2", true, "DROP TABLE accounts;\nCREATE INDEX i ON orders (x);\n"
                        + "ALTER TABLE orders ALTER COLUMN id SET DATA TYPE bigint;").stream()
                        .map(Finding::headline).toList());
    }
}
