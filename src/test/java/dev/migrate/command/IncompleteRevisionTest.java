package dev.migrate.command;

import dev.migrate.MigrateException;
import dev.migrate.runner.IncompleteRevisionException;
import dev.migrate.runner.ExistingTablesException;
import dev.migrate.runner.MigrationFailedException;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.RecordingOutput;
import dev.migrate.testing.RevisionFiles;
import dev.migrate.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Revisions that cannot run atomically (MariaDB, H2, and PostgreSQL {@code transaction=false} sections): the history
 * row written before their first statement, how far they got, what current, history and the next run say about one
 * that did not complete, and the stamp that settles it.
 */
class IncompleteRevisionTest {

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

    private MigrateSettings settings() {
        return new MigrateSettings(db.settings(), dir.resolve("versions"), null, null, Duration.ofSeconds(20));
    }

    /** The upgrade section's marker: PostgreSQL runs the revision outside a transaction only when told so. */
    private String marker() {
        return db.kind() == DatabaseKind.POSTGRESQL ? "-- migrate:upgrade transaction=false" : "-- migrate:upgrade";
    }

    private static String revision(String id, String parent, String message, String marker, String upgrade,
                                   String downgrade) {
        return "-- " + message + "\n--\n-- Revision ID: " + id + "\n-- Revises: " + parent
                + "\n-- Create Date: 2026-11-25 10:00:00Z\n\n" + marker + "\n" + upgrade
                + "\n\n-- migrate:downgrade\n" + downgrade + "\n";
    }

    /** Users, then accounts whose third statement fails; returns the accounts file. */
    private Path usersThenFailingAccounts(RevisionFiles files) {
        files.write("aaaa00000001", "", "Create users", "CREATE TABLE users (id INT PRIMARY KEY);",
                "DROP TABLE users;");
        return files.writeRaw("bbbb00000002", revision("bbbb00000002", "aaaa00000001", "Create accounts", marker(),
                "CREATE TABLE accounts (id INT PRIMARY KEY);\nINSERT INTO accounts (id) VALUES (1);\n"
                        + "INSERT INTO missing_table (id) VALUES (1);", "DROP TABLE accounts;"));
    }

    private List<String> history() {
        List<String> rows = new ArrayList<>();
        for (List<String> row : db.query("select revision, direction, status, statements_done, statements_total "
                + "from migrate_history order by id")) {
            rows.add(String.join(" ", row.stream().map(String::valueOf).toList()));
        }
        return rows;
    }

    /** The first revision's row: an atomic step on PostgreSQL (no progress), a recorded one elsewhere. */
    private String usersRow() {
        return db.kind() == DatabaseKind.POSTGRESQL ? "aaaa00000001 upgrade null null null"
                : "aaaa00000001 upgrade applied 1 1";
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aRevisionThatFailsHalfWayIsReportedAndRefusedUntilAStampSettlesIt(DatabaseKind kind) throws Exception {
        db = TestDatabase.create(kind);
        RevisionFiles files = new RevisionFiles(dir.resolve("versions"));
        Path accounts = usersThenFailingAccounts(files);
        String why = kind == DatabaseKind.POSTGRESQL ? "the section is marked transaction=false"
                : (kind == DatabaseKind.H2 ? "H2" : "MariaDB") + " commits each DDL statement, so the revision is "
                + "not atomic";
        String historyTable = db.kind() == DatabaseKind.POSTGRESQL ? db.schema() + ".migrate_history"
                : db.kind() == DatabaseKind.H2 ? "public.migrate_history" : db.schema() + ".migrate_history";

        MigrationFailedException failed = assertThrows(MigrationFailedException.class,
                () -> new UpgradeCommand(settings(), out).run("head", Set.of()));

        String[] message = failed.getMessage().split("\n", 2);
        assertTrue(message[0].startsWith(accounts + ":10: the upgrade of revision bbbb00000002 failed at statement 3 "
                + "of 3: "), message[0]);
        assertEquals("The revision ran outside a transaction (" + why + "): statements 1..2 (lines 8-9) stayed "
                + "applied, and the version table still says aaaa00000001. " + historyTable + " records that revision "
                + "bbbb00000002 did not complete: statements 1..2 of 3 of its upgrade may be applied, so nothing runs "
                + "on top of it. Bring the database by hand to the revision's end (statement 3) and run 'mvn "
                + "migrate:stamp -Dmigrate.target=bbbb00000002', or to its start (undo statements 1..2) and run 'mvn "
                + "migrate:stamp -Dmigrate.target=aaaa00000001'. The stamp clears the mark; run it only once the "
                + "database is where it says.", message[1]);
        assertEquals(List.of("aaaa00000001"), db.column("select version_num from migrate_version"));
        assertEquals(List.of(usersRow(), "bbbb00000002 upgrade failed 2 3"), history());
        assertEquals(List.of("1"), db.column("select id from accounts"));

        String explanation = accounts + ": Revision bbbb00000002 did not complete: statements 1..2 of 3 of its "
                + "upgrade may be applied.\nIts upgrade failed at statement 3 of 3 (line 10) after statements 1..2 "
                + "completed, and the version table still says aaaa00000001. Nothing runs on top of an incomplete "
                + "revision. Bring the database by hand to the revision's end (statement 3) and run 'mvn "
                + "migrate:stamp -Dmigrate.target=bbbb00000002', or to its start (undo statements 1..2) and run 'mvn "
                + "migrate:stamp -Dmigrate.target=aaaa00000001'. The stamp clears the mark; run it only once the "
                + "database is where it says.";
        List<String> warnings = List.of(explanation.split("\n")).stream().map(l -> "WARN " + l).toList();

        out.clear();
        new CurrentCommand(settings(), out).run(false);
        List<String> current = new ArrayList<>(List.of("aaaa00000001"));
        current.addAll(warnings);
        assertEquals(current, out.lines());

        out.clear();
        new HistoryCommand(settings(), out).run(null, false);
        List<String> listed = new ArrayList<>(List.of("aaaa00000001 -> bbbb00000002 (head) (did not complete), "
                + "Create accounts", "<base> -> aaaa00000001 (current), Create users"));
        listed.addAll(warnings);
        assertEquals(listed, out.lines());

        IncompleteRevisionException refused = assertThrows(IncompleteRevisionException.class,
                () -> new UpgradeCommand(settings(), out).run("head", Set.of()));
        assertEquals(explanation, refused.getMessage());
        IncompleteRevisionException refusedDown = assertThrows(IncompleteRevisionException.class,
                () -> new DowngradeCommand(settings(), out).run("base", Set.of()));
        assertEquals(explanation, refusedDown.getMessage());
        assertEquals(List.of("aaaa00000001"), db.column("select version_num from migrate_version"));
        assertEquals(List.of(usersRow(), "bbbb00000002 upgrade failed 2 3"), history());

        // back to the revision's start by hand, then the stamp that says so, then the fixed revision runs
        db.execute("DROP TABLE accounts");
        out.clear();
        new StampCommand(settings(), out).run("aaaa00000001", false);
        assertEquals(List.of("Stamped " + db.schema().replace("PUBLIC", "public") + ".migrate_version: "
                        + "aaaa00000001 -> aaaa00000001",
                "Cleared the mark of an incomplete revision (revision bbbb00000002 did not complete: statements 1..2"
                        + " of 3 of its upgrade may be applied): the stamp states that the database is at "
                        + "aaaa00000001."),
                out.lines().subList(out.lines().size() - 2, out.lines().size()));
        Files.writeString(accounts, Files.readString(accounts).replace("INSERT INTO missing_table (id) VALUES (1);",
                "INSERT INTO accounts (id) VALUES (2);"));
        new UpgradeCommand(settings(), out).run("head", Set.of());

        assertEquals(List.of("bbbb00000002"), db.column("select version_num from migrate_version"));
        assertEquals(List.of(usersRow(), "bbbb00000002 upgrade resolved 2 3", "aaaa00000001 stamp null null null",
                "bbbb00000002 upgrade applied 3 3"), history());
        assertEquals(List.of("1", "2"), db.column("select id from accounts order by id"));
    }

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = {"MARIADB", "H2"})
    void statusAndValidateJudgeARevisionThatDidNotCompleteAsIncomplete(DatabaseKind kind) {
        db = TestDatabase.create(kind);
        RevisionFiles files = new RevisionFiles(dir.resolve("versions"));
        Path accounts = usersThenFailingAccounts(files);
        assertThrows(MigrationFailedException.class, () -> new UpgradeCommand(settings(), out).run("head", Set.of()));
        String detail = "revision bbbb00000002 did not complete: statements 1..2 of 3 of its upgrade may be applied. "
                + "Bring the database by hand to the revision's end (statement 3) and run 'mvn migrate:stamp "
                + "-Dmigrate.target=bbbb00000002', or to its start (undo statements 1..2) and run 'mvn migrate:stamp "
                + "-Dmigrate.target=aaaa00000001'. The stamp clears the mark; run it only once the database is where "
                + "it says.";

        out.clear();
        new StatusCommand(settings(), out).run();
        assertTrue(out.lines().contains("WARN bbbb00000002 incomplete: " + detail), out.lines().toString());

        MigrateException e = assertThrows(MigrateException.class,
                () -> new ValidateCommand(settings(), out).run());
        assertTrue(e.getMessage().contains("bbbb00000002 (" + accounts + ") is incomplete: " + detail),
                e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = {"MARIADB", "H2"})
    void aStampToTheRevisionItselfSettlesItWhenTheRestWasRunByHand(DatabaseKind kind) {
        db = TestDatabase.create(kind);
        RevisionFiles files = new RevisionFiles(dir.resolve("versions"));
        usersThenFailingAccounts(files);
        assertThrows(MigrationFailedException.class, () -> new UpgradeCommand(settings(), out).run("head", Set.of()));

        db.execute("CREATE TABLE missing_table (id INT PRIMARY KEY)", "INSERT INTO missing_table (id) VALUES (1)");
        new StampCommand(settings(), out).run("bbbb00000002", false);
        out.clear();
        new CurrentCommand(settings(), out).run(false);

        assertEquals(List.of("bbbb00000002 (head)"), out.lines());
        assertEquals(List.of("bbbb00000002"), db.column("select version_num from migrate_version"));
        assertEquals(List.of("aaaa00000001 upgrade applied 1 1", "bbbb00000002 upgrade resolved 2 3",
                "bbbb00000002 stamp null null null"), history());
        // the stamped revision counts as applied: its downgrade runs
        new DowngradeCommand(settings(), out).run("-1", Set.of());
        assertEquals(List.of("aaaa00000001"), db.column("select version_num from migrate_version"));
    }

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = {"MARIADB", "H2"})
    void aFailingFirstStatementLeavesNothingToSettle(DatabaseKind kind) {
        db = TestDatabase.create(kind);
        RevisionFiles files = new RevisionFiles(dir.resolve("versions"));
        files.write("aaaa00000001", "", "Broken", "INSERT INTO missing_table (id) VALUES (1);\n"
                + "CREATE TABLE users (id INT PRIMARY KEY);", "DROP TABLE users;");

        MigrationFailedException e = assertThrows(MigrationFailedException.class,
                () -> new UpgradeCommand(settings(), out).run("head", Set.of()));

        assertEquals("Nothing of the revision was applied; the database is still at base (no revision applied). "
                + "Fix the SQL and run the goal again.", e.getMessage().split("\n", 2)[1]);
        // a first run that applied nothing leaves no plugin table (H2 keeps the one its lock is a row of)
        assertEquals(kind == DatabaseKind.H2 ? List.of("migrate_version_lock") : List.of(), db.tables());
        out.clear();
        new CurrentCommand(settings(), out).run(false);
        assertEquals(List.of("No revision applied: the database is at base."), out.lines());
        db.execute("CREATE TABLE missing_table (id INT PRIMARY KEY)");
        // a table made by hand in a schema with no version table: the revisions run on top of it only when told so
        assertThrows(ExistingTablesException.class, () -> new UpgradeCommand(settings(), out).run("head", Set.of()));
        new UpgradeCommand(settings(), out).run("head", Set.of(), "base");
        assertEquals(List.of("aaaa00000001"), db.column("select version_num from migrate_version"));
    }

    @Test
    void aConnectionLostDuringATransactionFalseStatementLeavesAStartedRow() {
        db = TestDatabase.create(DatabaseKind.POSTGRESQL);
        RevisionFiles files = new RevisionFiles(dir.resolve("versions"));
        files.write("aaaa00000001", "", "Create users", "CREATE TABLE users (id INT PRIMARY KEY, name TEXT);",
                "DROP TABLE users;");
        Path index = files.writeRaw("bbbb00000002", revision("bbbb00000002", "aaaa00000001", "Index names",
                marker(), "CREATE INDEX CONCURRENTLY users_name_idx ON users (name);\n"
                        + "SELECT pg_terminate_backend(pg_backend_pid());\n"
                        + "CREATE INDEX CONCURRENTLY users_id_name_idx ON users (id, name);",
                "DROP INDEX CONCURRENTLY users_name_idx;"));

        assertThrows(MigrationFailedException.class, () -> new UpgradeCommand(settings(), out).run("head", Set.of()));

        assertEquals(List.of("aaaa00000001 upgrade null null null", "bbbb00000002 upgrade started 1 3"), history());
        IncompleteRevisionException refused = assertThrows(IncompleteRevisionException.class,
                () -> new UpgradeCommand(settings(), out).run("head", Set.of()));
        assertEquals(index + ": Revision bbbb00000002 did not complete: statements 1..2 of 3 of its upgrade may be "
                + "applied.\nIts upgrade stopped during statement 2 of 3 (line 9) (the run was killed or lost its "
                + "connection), and the version table still says aaaa00000001. Nothing runs on top of an incomplete "
                + "revision. Bring the database by hand to the revision's end (statements 2..3) and run 'mvn "
                + "migrate:stamp -Dmigrate.target=bbbb00000002', or to its start (undo statements 1..2) and run 'mvn "
                + "migrate:stamp -Dmigrate.target=aaaa00000001'. The stamp clears the mark; run it only once the "
                + "database is where it says.", refused.getMessage());
    }

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = {"MARIADB", "H2"})
    void aDowngradeThatFailsHalfWayNamesTheRevisionAsItsStartAndItsParentAsItsEnd(DatabaseKind kind) {
        db = TestDatabase.create(kind);
        RevisionFiles files = new RevisionFiles(dir.resolve("versions"));
        files.write("aaaa00000001", "", "Create users", "CREATE TABLE users (id INT PRIMARY KEY);",
                "DROP TABLE users;");
        Path accounts = files.write("bbbb00000002", "aaaa00000001", "Create accounts",
                "CREATE TABLE accounts (id INT PRIMARY KEY);\nCREATE TABLE audits (id INT PRIMARY KEY);",
                "DROP TABLE audits;\nDROP TABLE missing_table;\nDROP TABLE accounts;");
        new UpgradeCommand(settings(), out).run("head", Set.of());

        assertThrows(MigrationFailedException.class, () -> new DowngradeCommand(settings(), out).run("-1", Set.of()));
        IncompleteRevisionException refused = assertThrows(IncompleteRevisionException.class,
                () -> new UpgradeCommand(settings(), out).run("head", Set.of()));

        assertEquals(accounts + ": Revision bbbb00000002 did not complete: statement 1 of 3 of its downgrade may be "
                + "applied.\nIts downgrade failed at statement 2 of 3 (line 13) after statement 1 completed, and the "
                + "version table still says bbbb00000002. Nothing runs on top of an incomplete revision. Bring the "
                + "database by hand to the revision's end (statements 2..3) and run 'mvn migrate:stamp "
                + "-Dmigrate.target=aaaa00000001', or to its start (undo statement 1) and run 'mvn migrate:stamp "
                + "-Dmigrate.target=bbbb00000002'. The stamp clears the mark; run it only once the database is where "
                + "it says.", refused.getMessage());
        assertEquals(List.of("bbbb00000002"), db.column("select version_num from migrate_version"));
        assertEquals(List.of("aaaa00000001 upgrade applied 1 1", "bbbb00000002 upgrade applied 2 2",
                "bbbb00000002 downgrade failed 1 3"), history());
        assertEquals(List.of("accounts", "users"), db.tables().stream()
                .filter(t -> !t.startsWith("migrate")).toList());
    }

    @Test
    void aRevisionAnotherRunIsApplyingRightNowIsNotReportedAsIncomplete() throws Exception {
        db = TestDatabase.create(DatabaseKind.MARIADB);
        RevisionFiles files = new RevisionFiles(dir.resolve("versions"));
        Path accounts = usersThenFailingAccounts(files);
        new UpgradeCommand(settings(), out).run("aaaa00000001", Set.of());
        // what a run applying bbbb00000002 has written when it is inside its second statement
        db.execute("INSERT INTO migrate_history (revision, direction, checksum, message, applied_by, started_at, "
                + "duration_ms, status, statements_done, statements_total) VALUES ('bbbb00000002', 'upgrade', NULL, "
                + "'Create accounts', 'ci', CURRENT_TIMESTAMP, 0, 'started', 1, 3)");
        try (Connection run = db.connect(); java.sql.Statement s = run.createStatement()) {
            s.executeQuery("select get_lock('migrate:" + db.schema() + ".migrate_version', 0)").close();
            out.clear();
            new CurrentCommand(settings(), out).run(false);
            assertEquals(List.of("aaaa00000001"), out.lines());

            s.executeQuery("select release_lock('migrate:" + db.schema() + ".migrate_version')").close();
            out.clear();
            new CurrentCommand(settings(), out).run(false);
            assertEquals(List.of("aaaa00000001", "WARN " + accounts + ": Revision bbbb00000002 did not complete: "
                    + "statements 1..2 of 3 of its upgrade may be applied.", "WARN Its upgrade stopped during "
                    + "statement 2 of 3 (line 9) (the run was killed or lost its connection), and the version table "
                    + "still says aaaa00000001. Nothing runs on top of an incomplete revision. Bring the database by "
                    + "hand to the revision's end (statements 2..3) and run 'mvn migrate:stamp "
                    + "-Dmigrate.target=bbbb00000002', or to its start (undo statements 1..2) and run 'mvn "
                    + "migrate:stamp -Dmigrate.target=aaaa00000001'. The stamp clears the mark; run it only once the "
                    + "database is where it says."), out.lines());
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aHistoryTableOfAnEarlierVersionGetsTheProgressColumnsAndKeepsItsRows(DatabaseKind kind) {
        db = TestDatabase.create(kind);
        String timestamp = kind == DatabaseKind.MARIADB ? "DATETIME(6)" : "TIMESTAMP WITH TIME ZONE";
        String identity = kind == DatabaseKind.MARIADB ? "BIGINT AUTO_INCREMENT PRIMARY KEY"
                : "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY";
        String latin1 = kind == DatabaseKind.MARIADB ? " CHARACTER SET latin1" : "";
        // the tables as the previous version of the plugin created them
        db.execute("CREATE TABLE migrate_version (version_num VARCHAR(32) NOT NULL, CONSTRAINT migrate_version_pkc "
                        + "PRIMARY KEY (version_num))" + latin1,
                "CREATE TABLE migrate_history (id " + identity + ", revision VARCHAR(32) NOT NULL, direction "
                        + "VARCHAR(16) NOT NULL, checksum VARCHAR(64), message VARCHAR(500), applied_by VARCHAR(128) "
                        + "NOT NULL, host VARCHAR(255), started_at " + timestamp + " NOT NULL, duration_ms BIGINT "
                        + "NOT NULL)" + latin1,
                "CREATE TABLE users (id INT PRIMARY KEY)",
                "INSERT INTO migrate_version (version_num) VALUES ('aaaa00000001')",
                "INSERT INTO migrate_history (revision, direction, checksum, message, applied_by, started_at, "
                        + "duration_ms) VALUES ('aaaa00000001', 'stamp', NULL, NULL, 'ci', CURRENT_TIMESTAMP, 0)");
        RevisionFiles files = new RevisionFiles(dir.resolve("versions"));
        files.write("aaaa00000001", "", "Create users", "CREATE TABLE users (id INT PRIMARY KEY);",
                "DROP TABLE users;");
        files.write("bbbb00000002", "aaaa00000001", "账户表 (accounts)", "CREATE TABLE accounts (id INT PRIMARY KEY);",
                "DROP TABLE accounts;");

        out.clear();
        new CurrentCommand(settings(), out).run(false);
        assertEquals(List.of("aaaa00000001"), out.lines());
        new UpgradeCommand(settings(), out).run("head", Set.of());

        String bbbb = kind == DatabaseKind.POSTGRESQL ? "bbbb00000002 upgrade null null null"
                : "bbbb00000002 upgrade applied 1 1";
        assertEquals(List.of("aaaa00000001 stamp null null null", bbbb), history());
        assertEquals(List.of("账户表 (accounts)"), db.column("select message from migrate_history where direction = "
                + "'upgrade'"));
        if (kind == DatabaseKind.MARIADB) {
            assertEquals(List.of("migrate_history utf8mb4", "migrate_version utf8mb4"), db.column("select concat("
                    + "table_name, ' ', substring_index(table_collation, '_', 1)) from information_schema.tables "
                    + "where table_schema = '" + db.schema() + "' and table_name like 'migrate%' order by 1"));
        }
    }

    @Test
    void mariadbCreatesItsTablesInUtf8mb4OnALatin1Database() {
        db = TestDatabase.create(DatabaseKind.MARIADB);
        db.execute("ALTER DATABASE " + db.schema() + " CHARACTER SET latin1");
        RevisionFiles files = new RevisionFiles(dir.resolve("versions"));
        files.write("aaaa00000001", "", "创建用户表", "CREATE TABLE users (id INT PRIMARY KEY);", "DROP TABLE users;");

        new UpgradeCommand(settings(), out).run("head", Set.of());

        assertEquals(List.of("aaaa00000001"), db.column("select version_num from migrate_version"));
        assertEquals(List.of("创建用户表"), db.column("select message from migrate_history"));
        assertEquals(List.of("migrate_history utf8mb4", "migrate_version utf8mb4", "users latin1"), db.column(
                "select concat(table_name, ' ', substring_index(table_collation, '_', 1)) from "
                        + "information_schema.tables where table_schema = '" + db.schema() + "' order by 1"));
    }
}
