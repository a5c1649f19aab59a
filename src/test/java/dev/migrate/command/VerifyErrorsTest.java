package dev.migrate.command;

import dev.migrate.MigrateException;
import dev.migrate.Output;
import dev.migrate.dialect.ThrowawayDatabase;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.ErrorCatalogDoc;
import dev.migrate.testing.RecordingOutput;
import dev.migrate.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The failures of {@code migrate:verify}, each with its whole message as docs/errors.md shows it, and the
 * {@code -- migrate:verify} checks and {@code migrate.verify.from}.
 */
class VerifyErrorsTest {

    private static final String USERS = ErrorCatalogTest.USERS;
    private static final String ACCOUNTS = ErrorCatalogTest.ACCOUNTS;
    private static final String INVESTMENTS = ErrorCatalogTest.INVESTMENTS;

    @TempDir
    Path project;
    private TestDatabase db;
    private final RecordingOutput out = new RecordingOutput();

    @AfterEach
    void drop() {
        if (db != null) {
            db.close();
        }
    }

    private void file(String name, String content) {
        try {
            Files.createDirectories(project.resolve("migrations/versions"));
            Files.writeString(project.resolve("migrations/versions").resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private MigrateSettings settings() {
        return new MigrateSettings(db.settings(), project.resolve("migrations/versions"), null, null,
                Duration.ofSeconds(20));
    }

    private VerifyCommand verify(String verifyUrl, String from) {
        return new VerifyCommand(settings(), new VerifyOptions(verifyUrl, from, null), out);
    }

    private String shown(String message) {
        return message.replace(project.toString() + "/", "");
    }

    private void users() {
        file(USERS, ErrorCatalogTest.revision("1a2b3c4d5e6f", "", "Create users",
                "CREATE TABLE users (id INT PRIMARY KEY, email VARCHAR(100));", "DROP TABLE users;"));
    }

    private void assertRefused(String id, String expected, String verifyUrl) {
        MigrateException e = assertThrows(MigrateException.class, () -> verify(verifyUrl, null).run());
        String message = shown(e.getMessage());
        assertEquals(expected, message);
        ErrorCatalogDoc.assertDocumented(id, message);
    }

    @Test
    void verifyMultipleHeads() {
        db = TestDatabase.create(DatabaseKind.H2);
        users();
        file(ACCOUNTS, ErrorCatalogTest.revision("3f2a9c1b7d4e", "1a2b3c4d5e6f", "Create accounts",
                "CREATE TABLE accounts (id INT);", "DROP TABLE accounts;"));
        file(INVESTMENTS, ErrorCatalogTest.revision("9e8d7c6b5a4f", "1a2b3c4d5e6f", "Create investments",
                "CREATE TABLE investments (id INT);", "DROP TABLE investments;"));
        assertRefused("verify-multiple-heads", "migrate:verify needs one head, but the revision files have 2 heads "
                + "(3f2a9c1b7d4e, 9e8d7c6b5a4f). Join them with 'mvn migrate:merge -Dmigrate.message=\"merge heads\"' "
                + "and verify again.", null);
    }

    private void twoHeads() {
        users();
        file(ACCOUNTS, ErrorCatalogTest.revision("3f2a9c1b7d4e", "1a2b3c4d5e6f", "Create accounts",
                "CREATE TABLE accounts (id INT);", "DROP TABLE accounts;"));
        file(INVESTMENTS, ErrorCatalogTest.revision("9e8d7c6b5a4f", "1a2b3c4d5e6f", "Create investments",
                "CREATE TABLE investments (id INT);", "DROP TABLE investments;"));
    }

    @Test
    void verifyHeadsDiffer() {
        db = TestDatabase.create(DatabaseKind.H2);
        twoHeads();
        MigrateException e = assertThrows(MigrateException.class, () -> new VerifyCommand(settings(),
                new VerifyOptions(null, null, null, VerifyOptions.headsOf("3f2a, 1a2b3c4d5e6f")), out).run());
        String message = shown(e.getMessage());
        assertEquals("migrate:verify expects the heads migrate.heads names (3f2a9c1b7d4e, 1a2b3c4d5e6f), but the "
                + "revision files have 2 heads (3f2a9c1b7d4e, 9e8d7c6b5a4f). Name those heads in -Dmigrate.heads "
                + "(ids or unique prefixes, comma-separated), or change the revisions so that they have the heads it "
                + "names, and verify again.", message);
        ErrorCatalogDoc.assertDocumented("verify-heads-differ", message);
    }

    @Test
    void headsThatAreNoRevisionOrAmbiguousAreNamedAsWritten() {
        db = TestDatabase.create(DatabaseKind.H2);
        twoHeads();
        MigrateException e = assertThrows(MigrateException.class, () -> new VerifyCommand(settings(),
                new VerifyOptions(null, null, null, VerifyOptions.headsOf("3f2a9c1b7d4e,ffff,")), out).run());
        assertEquals("migrate:verify expects the heads migrate.heads names (3f2a9c1b7d4e, ffff (no such revision)), "
                + "but the revision files have 2 heads (3f2a9c1b7d4e, 9e8d7c6b5a4f).", e.getMessage().substring(0,
                e.getMessage().indexOf(").") + 2));
        file("20261102_090000_3f2b00000000_other.sql", ErrorCatalogTest.revision("3f2b00000000", "3f2a9c1b7d4e",
                "Other", "CREATE TABLE other (id INT);", "DROP TABLE other;"));
        e = assertThrows(MigrateException.class, () -> new VerifyCommand(settings(),
                new VerifyOptions(null, null, null, VerifyOptions.headsOf("3f2,9e8d")), out).run());
        assertTrue(e.getMessage().startsWith("migrate:verify expects the heads migrate.heads names (3f2 (ambiguous: "
                + "3f2a9c1b7d4e, 3f2b00000000), 9e8d7c6b5a4f), but the revision files have 2 heads (3f2b00000000, "
                + "9e8d7c6b5a4f)."), e.getMessage());
    }

    @Test
    void verifyDowngradeIncomplete() {
        db = TestDatabase.create(DatabaseKind.POSTGRESQL);
        users();
        file(ACCOUNTS, ErrorCatalogTest.revision("3f2a9c1b7d4e", "1a2b3c4d5e6f", "Create accounts",
                "CREATE TABLE accounts (id INT PRIMARY KEY, owner INT REFERENCES users (id));\n"
                        + "CREATE INDEX accounts_owner_idx ON accounts (owner);\n"
                        + "ALTER TABLE users ADD COLUMN nickname VARCHAR(40);",
                "DROP TABLE accounts;"));
        assertRefused("verify-downgrade-incomplete", "migrations/versions/" + ACCOUNTS + ": the downgrade of revision "
                + "3f2a9c1b7d4e (Create accounts) does not undo its upgrade:\n"
                + "  - table users: column nickname is left over after the downgrade\n"
                + "Make the '-- migrate:downgrade' section undo every change of the upgrade, then run 'mvn "
                + "migrate:verify' again.", null);
    }

    private void accountsWithCheck(String check) {
        users();
        file(ACCOUNTS, "-- Create accounts\n--\n-- Revision ID: 3f2a9c1b7d4e\n-- Revises: 1a2b3c4d5e6f\n"
                + "-- Create Date: 2026-11-01 09:00:00Z\n\n-- migrate:upgrade\n"
                + "CREATE TABLE accounts (id INT PRIMARY KEY, email VARCHAR(100));\n"
                + "INSERT INTO accounts (id, email) VALUES (1, NULL);\n\n"
                + "-- migrate:verify\n" + check + "\n\n"
                + "-- migrate:downgrade\nDROP TABLE accounts;\n");
    }

    @Test
    void verifyCheckFalse() {
        db = TestDatabase.create(DatabaseKind.H2);
        accountsWithCheck("SELECT COUNT(*) = 0 FROM accounts WHERE email IS NULL;");
        assertRefused("verify-check-false", "migrations/versions/" + ACCOUNTS + ":12: the verify check of revision "
                + "3f2a9c1b7d4e returned false after its upgrade: SELECT COUNT(*) = 0 FROM accounts WHERE email IS "
                + "NULL\nFix the upgrade (or the check) and run 'mvn migrate:verify' again.", null);
    }

    @Test
    void verifyCheckFailed() {
        db = TestDatabase.create(DatabaseKind.POSTGRESQL);
        accountsWithCheck("DO $$ BEGIN\n  IF EXISTS (SELECT 1 FROM accounts WHERE email IS NULL) THEN\n"
                + "    RAISE EXCEPTION 'accounts without email';\n  END IF;\nEND $$;");
        assertRefused("verify-check-failed", "migrations/versions/" + ACCOUNTS + ":12: the verify check of revision "
                + "3f2a9c1b7d4e failed after its upgrade: ERROR: accounts without email\n"
                + "Fix the upgrade (or the check) and run 'mvn migrate:verify' again.", null);
    }

    @Test
    void verifyUrlNotEmpty() {
        db = TestDatabase.create(DatabaseKind.H2);
        users();
        new UpgradeCommand(settings(), out).run("head", Set.of());
        assertRefused("verify-url-not-empty", "migrate.verifyUrl names a database that is not empty: its "
                + "public.migrate_version is at 1a2b3c4d5e6f. Give an empty database, or leave migrate.verifyUrl out to let "
                + "migrate:verify make a throwaway one.", db.url());
    }

    @Test
    void verifyOfflineDiffers() {
        db = TestDatabase.create(DatabaseKind.POSTGRESQL);
        users();
        file(ACCOUNTS, ErrorCatalogTest.revision("3f2a9c1b7d4e", "1a2b3c4d5e6f", "Create accounts",
                "DO $$ BEGIN\n  IF EXISTS (SELECT 1 FROM migrate_history WHERE direction = 'downgrade') THEN\n"
                        + "    CREATE TABLE accounts (id INT);\n  END IF;\nEND $$;",
                "DROP TABLE IF EXISTS accounts;"));
        assertRefused("verify-offline-differs", "The offline script for base:head builds another schema than the "
                + "revisions applied one by one:\n  - table accounts is missing in the offline script's database\n"
                + "See it with 'mvn migrate:upgrade -Dmigrate.sql=true -Dmigrate.target=base:head'.", null);
    }

    @Test
    void passingChecksAreCountedAndFromSkipsTheFirstRevisions() {
        db = TestDatabase.create(DatabaseKind.H2);
        accountsWithCheck("SELECT COUNT(*) = 1 FROM accounts WHERE email IS NULL;\nSELECT 1 FROM accounts;");
        verify(null, null).run();
        assertTrue(out.lines().get(2).matches("3f2a9c1b7d4e Create accounts: up \\d+ ms, down \\d+ ms, 2 checks "
                + "passed"), out.lines().get(2));
        out.clear();

        VerifyReport report = verify(null, "1a2b3c4d5e6f").run();

        assertEquals(List.of("3f2a9c1b7d4e"), report.steps().stream().map(VerifyReport.Step::id).toList());
        assertTrue(out.lines().get(0).startsWith("Verifying 1 revision after 1a2b3c4d5e6f on the throwaway H2 "
                + "in-memory database migrate_verify_"), out.lines().get(0));
    }

    @Test
    void aFailingDowngradeNamesFileAndLineAndTheDatabaseIsStillDropped() {
        db = TestDatabase.create(DatabaseKind.POSTGRESQL);
        file(USERS, ErrorCatalogTest.revision("1a2b3c4d5e6f", "", "Create users",
                "CREATE TABLE users (id INT PRIMARY KEY);", "DROP TABLE userz;"));
        List<String> before = db.column("select datname from pg_database");
        MigrateException e = assertThrows(VerifyFailedException.class, () -> verify(null, null).run());
        assertEquals("migrations/versions/" + USERS + ":11: the downgrade of revision 1a2b3c4d5e6f failed at "
                + "statement 1 of 1: ERROR: table \"userz\" does not exist\nFix the SQL and run 'mvn migrate:verify' "
                + "again (the throwaway database is dropped).", shown(e.getMessage()));
        assertEquals(before, db.column("select datname from pg_database"));
    }

    @Test
    void verifyInterrupted() throws InterruptedException {
        db = TestDatabase.create(DatabaseKind.POSTGRESQL);
        users();
        file(ACCOUNTS, ErrorCatalogTest.revision("3f2a9c1b7d4e", "1a2b3c4d5e6f", "Create accounts",
                "CREATE TABLE accounts (id INT PRIMARY KEY);\nSELECT pg_sleep(5);", "DROP TABLE accounts;"));
        AtomicReference<ThrowawayDatabase> made = new AtomicReference<>();
        Thread[] sigterm = new Thread[1];
        Output output = new Output() { // SIGTERM while the second revision's upgrade sleeps
            @Override
            public void info(String line) {
                out.info(line);
                if (line.startsWith("1a2b3c4d5e6f Create users: up ")) {
                    sigterm[0] = new Thread(() -> made.get().dropOnShutdown());
                    sigterm[0].start();
                }
            }

            @Override
            public void warn(String line) {
                out.warn(line);
            }

            @Override
            public void debug(String line) {
            }
        };
        MigrateException e = assertThrows(VerifyInterruptedException.class, () -> new VerifyCommand(settings(),
                new VerifyOptions(null, null, null), output).onThrowaway(made::set).run());
        sigterm[0].join();
        String message = e.getMessage().replaceAll("\\w+_verify_[0-9a-f]{8}", "app_verify_1a2b3c4d");
        assertEquals("migrate:verify was interrupted (Ctrl-C or SIGTERM) before it ended: the throwaway PostgreSQL "
                + "database app_verify_1a2b3c4d was dropped, and nothing of the database migrate.url names was "
                + "touched. Run 'mvn migrate:verify' again to verify the revisions.", message);
        assertTrue(out.lines().contains("WARN " + e.getMessage()), String.join("\n", out.lines()));
        String throwaway = made.get().description().substring("PostgreSQL database ".length());
        assertFalse(db.column("select datname from pg_database").contains(throwaway), throwaway + " is left");
        ErrorCatalogDoc.assertDocumented("verify-interrupted", message);
    }
}
