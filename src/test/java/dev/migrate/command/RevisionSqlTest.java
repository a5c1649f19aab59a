package dev.migrate.command;

import dev.migrate.database.DatabaseSettings;
import dev.migrate.revision.TransactionControlException;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.RecordingOutput;
import dev.migrate.testing.RevisionFiles;
import dev.migrate.testing.SqlClient;
import dev.migrate.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Revision SQL as psql, the mariadb client and H2 read it, run on the real databases: bodies kept whole, comments
 * nested where the database nests them, transaction control refused before anything runs.
 */
class RevisionSqlTest {

    @TempDir
    Path dir;
    private TestDatabase db;
    private final RecordingOutput out = new RecordingOutput();

    @AfterEach
    void drop() {
        if (db != null) {
            db.close();
        }
    }

    private RevisionFiles revisions() {
        return new RevisionFiles(dir.resolve("versions"));
    }

    private MigrateSettings settings() {
        return new MigrateSettings(db.settings(), dir.resolve("versions"), null, null, Duration.ofSeconds(20));
    }

    private void upgrade() {
        new UpgradeCommand(settings(), out).run("head", Set.of());
    }

    private void downgradeToBase() {
        new DowngradeCommand(settings(), out).run("base", Set.of());
    }

    private void beginAtomicAndRuleRevision() {
        revisions().write("aaaa00000001", "", "Accounts with a balance function and a log rule", """
                CREATE TABLE accounts (id INT PRIMARY KEY, balance INT NOT NULL);
                CREATE TABLE account_log (id INT, note TEXT);
                CREATE FUNCTION balance_of(account INT) RETURNS INT LANGUAGE sql
                BEGIN ATOMIC
                  SELECT CASE WHEN balance < 0 THEN 0 ELSE balance END FROM accounts WHERE id = account;
                END;
                CREATE RULE log_accounts AS ON INSERT TO accounts DO ALSO (
                  INSERT INTO account_log VALUES (NEW.id, 'created');
                  INSERT INTO account_log VALUES (NEW.id, 'checked')
                );
                INSERT INTO accounts VALUES (1, -5), (2, 10);""", """
                DROP RULE log_accounts ON accounts;
                DROP FUNCTION balance_of(INT);
                DROP TABLE account_log;
                DROP TABLE accounts;""");
    }

    @Test
    void postgresBeginAtomicFunctionAndRuleWithSeveralActionsUpgradeAndDowngrade() {
        db = TestDatabase.create(DatabaseKind.POSTGRESQL);
        beginAtomicAndRuleRevision();

        upgrade();

        assertEquals(List.of("0", "10"), db.column("select balance_of(id)::text from accounts order by id"));
        assertEquals(List.of("1 checked", "1 created", "2 checked", "2 created"),
                db.column("select id || ' ' || note from account_log order by 1"));
        downgradeToBase();
        assertEquals(List.of("migrate_history", "migrate_version"), db.tables());
        assertEquals(List.of(), db.column("select proname from pg_proc p join pg_namespace n on n.oid = p.pronamespace"
                + " where nspname = '" + db.schema() + "'"));
    }

    @Test
    void theOfflineScriptOfABeginAtomicAndRuleRevisionRunsInPsql() throws Exception {
        db = TestDatabase.create(DatabaseKind.POSTGRESQL);
        beginAtomicAndRuleRevision();
        Path script = dir.resolve("upgrade.sql");
        new UpgradeCommand(new MigrateSettings(new DatabaseSettings(
                "jdbc:postgresql://127.0.0.1:1/db", "nobody", null), dir.resolve("versions"), null, null,
                Duration.ofSeconds(1)), out).offline("head", script);
        SqlClient.Finished psql = SqlClient.run(db, script);
        assertEquals(0, psql.exitCode(), psql.output());
        assertEquals(List.of("0", "10"), db.column("select balance_of(id)::text from accounts order by id"));
        assertEquals(List.of("4"), db.column("select count(*)::text from account_log"));
        assertEquals(List.of("aaaa00000001"), db.column("select version_num from migrate_version"));
    }

    @Test
    void postgresCommitOrRollbackInATransactionalSectionIsRefusedAndChangesNothing() {
        for (String control : List.of("COMMIT", "ROLLBACK")) {
            db = TestDatabase.create(DatabaseKind.POSTGRESQL);
            Path file = revisions().write("bbbb0000000" + control.length(), "", "Half a revision",
                    "CREATE TABLE accounts (id INT);\n" + control + ";\nCREATE TABLE account_log (id INT);",
                    "DROP TABLE account_log;\nDROP TABLE accounts;");

            TransactionControlException e = assertThrows(TransactionControlException.class, this::upgrade);

            assertEquals(file + ":9: '" + control + "' is transaction control, which a section may hold only when its "
                    + "marker says transaction=false: otherwise the plugin begins and ends the revision's transactions "
                    + "itself. Remove the statement, or change the marker on line 7 to '-- migrate:upgrade "
                    + "transaction=false' to run the section's statements as written, outside the plugin's "
                    + "transaction", e.getMessage());
            assertEquals(List.of(), db.tables()); // no history row, no version row: not even the plugin's tables
            db.close();
            db = null;
            revisions().directory().resolve(file.getFileName()).toFile().delete();
        }
    }

    @Test
    void postgresTransactionControlRunsAsWrittenInASectionMarkedTransactionFalse() {
        db = TestDatabase.create(DatabaseKind.POSTGRESQL);
        revisions().writeRaw("cccc00000001", """
                -- Own transactions
                --
                -- Revision ID: cccc00000001
                -- Revises:
                -- Create Date: 2026-11-25 10:00:00Z

                -- migrate:upgrade transaction=false
                BEGIN;
                CREATE TABLE accounts (id INT);
                ROLLBACK;
                CREATE TABLE account_log (id INT);

                -- migrate:downgrade
                DROP TABLE account_log;
                """);

        upgrade();

        assertEquals(List.of("account_log", "migrate_history", "migrate_version"), db.tables());
    }

    @Test
    void h2RevisionWithNestedCommentsRunsOnlyWhatIsNotCommentedOut() {
        db = TestDatabase.create(DatabaseKind.H2);
        revisions().write("dddd00000001", "", "Kept, and an idea commented out", """
                CREATE TABLE kept (id INT);
                /* not now:
                   /* the old idea */
                   CREATE TABLE dropped_idea (id INT);
                */
                INSERT INTO kept VALUES (1);""", "DROP TABLE kept;");

        upgrade();

        assertEquals(List.of("kept"), db.tables().stream().filter(t -> !t.startsWith("migrate_")).toList());
        assertEquals(List.of("1"), db.column("select id from kept"));
    }

    @Test
    void mariaDbDelimiterRevisionUpgradesAndDowngradesOnline() {
        db = TestDatabase.create(DatabaseKind.MARIADB);
        revisions().write("eeee00000001", "", "Counted accounts", """
                CREATE TABLE accounts (id INT PRIMARY KEY);
                CREATE TABLE counts (n INT);
                INSERT INTO counts VALUES (0);
                DELIMITER //
                CREATE TRIGGER accounts_count AFTER INSERT ON accounts FOR EACH ROW
                BEGIN
                  UPDATE counts SET n = n + 1;
                END//
                DELIMITER ;
                INSERT INTO accounts VALUES (1), (2);""", "DROP TABLE counts;\nDROP TABLE accounts;");

        upgrade();
        assertEquals(List.of("2"), db.column("select n from counts"));
        downgradeToBase();
        assertEquals(List.of("migrate_history", "migrate_version"), db.tables());
    }
}
