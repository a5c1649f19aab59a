package dev.migrate.command;

import dev.migrate.revision.SqlSyntaxException;
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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What a failing revision leaves behind, and what the error says, on each database. */
class FailureTest {

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

    private Path writeRevisions() {
        RevisionFiles files = new RevisionFiles(dir.resolve("versions"));
        files.write("aaaa00000001", "", "Create users", "CREATE TABLE users (id INT PRIMARY KEY);",
                "DROP TABLE users;");
        return files.write("bbbb00000002", "aaaa00000001", "Create accounts",
                "CREATE TABLE accounts (id INT PRIMARY KEY);\nINSERT INTO accounts (id) VALUES (1);\n"
                        + "INSERT INTO missing_table (id) VALUES (1);",
                "DROP TABLE accounts;");
    }

    @Test
    void postgresRollsBackTheFailingRevisionAndKeepsThePreviousOne() {
        db = TestDatabase.create(DatabaseKind.POSTGRESQL);
        Path file = writeRevisions();

        MigrationFailedException e = assertThrows(MigrationFailedException.class,
                () -> new UpgradeCommand(settings(), out).run("head", Set.of()));

        assertEquals(file.toString() + ":10: the upgrade of revision bbbb00000002 failed at statement 3 of 3: "
                + "ERROR: relation \"missing_table\" does not exist\n"
                + "The revision was rolled back; the database is still at aaaa00000001. Fix the SQL and run the goal "
                + "again.", e.getMessage());
        assertEquals(List.of("migrate_history", "migrate_version", "users"), db.tables());
        assertEquals(List.of("aaaa00000001"), db.column("select version_num from migrate_version"));
        assertEquals(List.of("aaaa00000001"), db.column("select revision from migrate_history"));
    }

    @Test
    void h2ReportsWhichStatementsOfTheFailingRevisionStayedApplied() {
        db = TestDatabase.create(DatabaseKind.H2);
        Path file = writeRevisions();

        MigrationFailedException e = assertThrows(MigrationFailedException.class,
                () -> new UpgradeCommand(settings(), out).run("head", Set.of()));

        assertEquals(file.toString() + ":10: the upgrade of revision bbbb00000002 failed at statement 3 of 3: "
                + "Table \"MISSING_TABLE\" not found\n"
                + "The revision ran outside a transaction (H2 commits each DDL statement, so the revision is not "
                + "atomic): statements 1..2 (lines 8-9) stayed applied, and the version table still says "
                + "aaaa00000001. public.migrate_history records that revision bbbb00000002 did not complete: "
                + "statements 1..2 of 3 of its upgrade may be applied, so nothing runs on top of it. Bring the "
                + "database by hand to the revision's end (statement 3) and run 'mvn migrate:stamp "
                + "-Dmigrate.target=bbbb00000002', or to its start (undo statements 1..2) and run 'mvn migrate:stamp "
                + "-Dmigrate.target=aaaa00000001'. The stamp clears the mark; run it only once the database is where "
                + "it says.", e.getMessage());
        assertEquals(List.of("aaaa00000001"), db.column("select version_num from migrate_version"));
        assertEquals(List.of("1"), db.column("select id from accounts"));
    }

    @Test
    void mariadbReportsTheFirstStatementFailingWithNothingApplied() {
        db = TestDatabase.create(DatabaseKind.MARIADB);
        RevisionFiles files = new RevisionFiles(dir.resolve("versions"));
        Path file = files.write("aaaa00000001", "", "Broken", "CREATE TABLE users (id INT PRIMARY KEY, bad_type);",
                "DROP TABLE users;");

        MigrationFailedException e = assertThrows(MigrationFailedException.class,
                () -> new UpgradeCommand(settings(), out).run("head", Set.of()));

        String prefix = file + ":8: the upgrade of revision aaaa00000001 failed at statement 1 of 1: You have an "
                + "error in your SQL syntax";
        assertEquals(prefix, e.getMessage().substring(0, Math.min(prefix.length(), e.getMessage().length())));
        assertEquals("Nothing of the revision was applied; the database is still at base (no revision applied). "
                + "Fix the SQL and run the goal again.", e.getMessage().substring(e.getMessage().indexOf('\n') + 1));
        assertEquals(List.of(), db.tables()); // the run created the plugin's tables and left them empty: dropped
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aFailedFirstRunLeavesNoVersionOrHistoryTableBehind(DatabaseKind kind) {
        db = TestDatabase.create(kind);
        RevisionFiles files = new RevisionFiles(dir.resolve("versions"));
        files.write("aaaa00000001", "", "Broken", "INSERT INTO missing_table (id) VALUES (1);", "SELECT 1;");

        assertThrows(MigrationFailedException.class, () -> new UpgradeCommand(settings(), out).run("head", Set.of()));

        // H2 keeps the table its lock is a row of: another run may be waiting on it
        assertEquals(kind == DatabaseKind.H2 ? List.of("migrate_version_lock") : List.of(), db.tables());
        files.write("bbbb00000002", "aaaa00000001", "Broken too", "INSERT INTO missing_table (id) VALUES (1);",
                "SELECT 1;");
        Path fixed = dir.resolve("versions").toFile().listFiles((d, n) -> n.contains("aaaa"))[0].toPath();
        try {
            Files.writeString(fixed, Files.readString(fixed).replace(
                    "INSERT INTO missing_table (id) VALUES (1);", "CREATE TABLE users (id INT PRIMARY KEY);"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        assertThrows(MigrationFailedException.class, () -> new UpgradeCommand(settings(), out).run("head", Set.of()));

        // a run that applied something keeps its tables and rows; where DDL is not transactional the failed attempt
        // of the next revision is recorded too (it applied nothing: statements_done 0)
        assertEquals(List.of("aaaa00000001"), db.column("select version_num from migrate_version"));
        assertEquals(kind == DatabaseKind.POSTGRESQL ? List.of("aaaa00000001") : List.of("aaaa00000001",
                "bbbb00000002"), db.column("select revision from migrate_history order by id"));
    }

    @Test
    void anUnterminatedStringInALaterRevisionStopsTheRunBeforeAnythingIsTouched() {
        db = TestDatabase.create(DatabaseKind.POSTGRESQL);
        RevisionFiles files = new RevisionFiles(dir.resolve("versions"));
        files.write("aaaa00000001", "", "Create users", "CREATE TABLE users (id INT PRIMARY KEY);",
                "DROP TABLE users;");
        Path broken = files.write("bbbb00000002", "aaaa00000001", "Broken", "INSERT INTO users VALUES (1);\n"
                + "INSERT INTO users VALUES ('2);", "DELETE FROM users;");

        SqlSyntaxException e = assertThrows(SqlSyntaxException.class,
                () -> new UpgradeCommand(settings(), out).run("head", Set.of()));

        assertEquals(broken + ":9: unterminated string literal starting at line 9; close it (inside a literal, a "
                + "quote is written twice: 'it''s') and run the goal again", e.getMessage());
        assertEquals(List.of(), db.tables());
    }

    @Test
    void aTransactionFalseSectionRunsStatementsThatCannotRunInATransaction() {
        db = TestDatabase.create(DatabaseKind.POSTGRESQL);
        RevisionFiles files = new RevisionFiles(dir.resolve("versions"));
        files.write("aaaa00000001", "", "Create users", "CREATE TABLE users (id INT PRIMARY KEY, name TEXT);",
                "DROP TABLE users;");
        files.writeRaw("bbbb00000002", "-- Index names concurrently\n--\n-- Revision ID: bbbb00000002\n"
                + "-- Revises: aaaa00000001\n\n-- migrate:upgrade transaction=false\n"
                + "CREATE INDEX CONCURRENTLY users_name_idx ON users (name);\n\n"
                + "-- migrate:downgrade transaction=false\nDROP INDEX CONCURRENTLY users_name_idx;\n");

        new UpgradeCommand(settings(), out).run("head", Set.of());
        assertEquals(List.of("users_name_idx"), db.column("select indexname from pg_indexes where schemaname = '"
                + db.schema() + "' and tablename = 'users' and indexname <> 'users_pkey'"));

        new DowngradeCommand(settings(), out).run("-1", Set.of());
        assertEquals(List.of(), db.column("select indexname from pg_indexes where schemaname = '"
                + db.schema() + "' and tablename = 'users' and indexname <> 'users_pkey'"));
    }
}
