package dev.migrate.command;

import dev.migrate.MigrateException;
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
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code migrate:verify} on PostgreSQL, MariaDB and H2: a clean history passes; a downgrade that forgets an index, a
 * default, a comment or a sequence fails naming it; the throwaway database is gone afterwards and the user's
 * database untouched.
 */
class VerifyTest {

    @TempDir
    Path dir;
    private TestDatabase db;
    private final RecordingOutput out = new RecordingOutput();
    private RevisionFiles files;

    @AfterEach
    void drop() {
        if (db != null) {
            db.close();
        }
    }

    private void start(DatabaseKind kind) {
        db = TestDatabase.create(kind);
        files = new RevisionFiles(dir.resolve("versions"));
    }

    private VerifyCommand verify(String from) {
        return new VerifyCommand(new MigrateSettings(db.settings(), dir.resolve("versions"), null, null,
                Duration.ofSeconds(20)), new VerifyOptions(null, from, dir.resolve("target/migrate/verify.json")), out);
    }

    /** The databases named like a throwaway one on the test's server (none on H2, whose are in memory). */
    private List<String> throwaways() {
        return switch (db.kind()) {
            case POSTGRESQL -> db.column("select datname from pg_database where datname like '%\\_verify\\_%'");
            case MARIADB -> db.column("select schema_name from information_schema.schemata "
                    + "where schema_name like '%\\_verify\\_%'");
            case H2 -> List.of();
        };
    }

    private String n(String name) {
        return db.kind() == DatabaseKind.H2 ? name.toUpperCase(Locale.ROOT) : name;
    }

    private void users() {
        files.write("aaaa00000001", "", "Create users", "CREATE TABLE users (id INT PRIMARY KEY, email VARCHAR(100), "
                + "status VARCHAR(20));", "DROP TABLE users;");
    }

    private String comment(String text) {
        return db.kind() == DatabaseKind.MARIADB ? "ALTER TABLE users COMMENT = '" + text + "';"
                : "COMMENT ON TABLE users IS " + (text.isEmpty() ? "NULL" : "'" + text + "'") + ";";
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void cleanHistoryPassesAndLeavesNoDatabaseBehind(DatabaseKind kind) throws Exception {
        start(kind);
        users();
        files.write("bbbb00000002", "aaaa00000001", "Index, default, comment, sequence",
                "CREATE INDEX users_email_idx ON users (email);\n"
                        + "ALTER TABLE users ALTER COLUMN status SET DEFAULT 'new';\n"
                        + comment("People") + "\n"
                        + "CREATE SEQUENCE order_numbers;",
                "DROP SEQUENCE order_numbers;\n" + comment("") + "\n"
                        + "ALTER TABLE users ALTER COLUMN status DROP DEFAULT;\n"
                        + (kind == DatabaseKind.MARIADB ? "DROP INDEX users_email_idx ON users;"
                        : "DROP INDEX users_email_idx;"));
        List<String> before = throwaways();

        VerifyReport report = verify(null).run();

        List<String> lines = out.lines();
        assertEquals(6, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(0).matches("Verifying 2 revisions on the throwaway (PostgreSQL database test_verify_"
                + "|MariaDB database mt_\\w+_verify_|H2 in-memory database migrate_verify_)[0-9a-f]{8}: upgrade, "
                + "downgrade, compare, upgrade again\\."), lines.get(0));
        assertTrue(lines.get(1).matches("aaaa00000001 Create users: up \\d+ ms, down \\d+ ms"), lines.get(1));
        assertTrue(lines.get(2).matches("bbbb00000002 Index, default, comment, sequence: up \\d+ ms, down \\d+ ms"),
                lines.get(2));
        assertEquals("Model matches: skipped, the project has no compiled classes.", lines.get(3));
        assertEquals("Offline equals online: the offline script for base:head builds the same schema.",
                lines.get(4));
        assertTrue(lines.get(5).matches("Verified 2 revisions in \\d+ ms: each downgrade restores the schema its "
                + "upgrade started from; one head, bbbb00000002\\."), lines.get(5));
        assertEquals(2, report.steps().size());
        assertEquals(before, throwaways());
        assertEquals(List.of(), db.tables()); // the user's database is untouched
        String json = Files.readString(dir.resolve("target/migrate/verify.json"));
        assertTrue(json.startsWith("{\n  \"result\": \"passed\",\n"), json);
        assertTrue(json.contains("{\"id\": \"bbbb00000002\", \"message\": \"Index, default, comment, sequence\""), json);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void downgradeThatForgetsAnIndexFailsNamingIt(DatabaseKind kind) {
        start(kind);
        users();
        files.write("bbbb00000002", "aaaa00000001", "Index emails",
                "CREATE INDEX users_email_idx ON users (email);", "-- forgot the index");
        assertFails("the downgrade of revision bbbb00000002 (Index emails) does not undo its upgrade:\n"
                + "  - table " + n("users") + ": index " + n("users_email_idx") + " is left over after the downgrade");
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void downgradeThatRestoresAnIndexOnOtherColumnsFailsNamingTheKeysInWords(DatabaseKind kind) {
        start(kind);
        files.write("aaaa00000001", "", "Create users", "CREATE TABLE users (id INT PRIMARY KEY, email VARCHAR(100), "
                + "status VARCHAR(20));\nCREATE INDEX users_email_idx ON users (email);", "DROP TABLE users;");
        files.write("bbbb00000002", "aaaa00000001", "Index status too", "DROP INDEX users_email_idx"
                + (kind == DatabaseKind.MARIADB ? " ON users" : "") + ";\nCREATE INDEX users_email_idx ON users "
                + "(email, status);", "DROP INDEX users_email_idx" + (kind == DatabaseKind.MARIADB ? " ON users" : "")
                + ";\nCREATE INDEX users_email_idx ON users (status);");
        assertFails("the downgrade of revision bbbb00000002 (Index status too) does not undo its upgrade:\n"
                + "  - table " + n("users") + ": index " + n("users_email_idx") + " differs after the downgrade: "
                + "keys (" + n("status") + ") (before: (" + n("email") + "))");
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void twoHeadsPassWhenMigrateHeadsNamesExactlyThem(DatabaseKind kind) {
        start(kind);
        users();
        files.write("bbbb00000002", "aaaa00000001", "Create accounts", "CREATE TABLE accounts (id INT);",
                "DROP TABLE accounts;");
        files.write("cccc00000003", "aaaa00000001", "Create orders", "CREATE TABLE orders (id INT);",
                "DROP TABLE orders;");
        List<String> before = throwaways();
        VerifyReport report = new VerifyCommand(new MigrateSettings(db.settings(), dir.resolve("versions"), null,
                null, Duration.ofSeconds(20)), new VerifyOptions(null, null, null,
                VerifyOptions.headsOf("cccc, bbbb00000002")), out).run();
        assertEquals(List.of("aaaa00000001", "bbbb00000002", "cccc00000003"),
                report.steps().stream().map(VerifyReport.Step::id).sorted().toList());
        List<String> lines = out.lines();
        assertTrue(lines.get(lines.size() - 1).endsWith(" ms: each downgrade restores the schema its upgrade "
                + "started from; heads bbbb00000002, cccc00000003, as migrate.heads names them."), lines.toString());
        assertTrue(lines.contains("Offline equals online: the offline script for base:head builds the same schema."),
                lines.toString());
        assertEquals(before, throwaways());
        assertEquals(List.of(), db.tables());
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void downgradeThatForgetsADefaultFailsNamingIt(DatabaseKind kind) {
        start(kind);
        users();
        files.write("bbbb00000002", "aaaa00000001", "Default status",
                "ALTER TABLE users ALTER COLUMN status SET DEFAULT 'new';", "-- forgot the default");
        assertFails("the downgrade of revision bbbb00000002 (Default status) does not undo its upgrade:\n"
                + "  - table " + n("users") + ": column " + n("status") + " differs after the downgrade: default "
                + (kind == DatabaseKind.POSTGRESQL ? "'new'::character varying" : "'new'") + " (before: none)");
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void downgradeThatForgetsACommentFailsNamingIt(DatabaseKind kind) {
        start(kind);
        users();
        files.write("bbbb00000002", "aaaa00000001", "Comment users", comment("People"), "-- forgot the comment");
        assertFails("the downgrade of revision bbbb00000002 (Comment users) does not undo its upgrade:\n"
                + "  - table " + n("users") + ": the table comment is 'People' after the downgrade (before: none)");
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void downgradeThatForgetsASequenceFailsNamingIt(DatabaseKind kind) {
        start(kind);
        users();
        files.write("bbbb00000002", "aaaa00000001", "Order numbers", "CREATE SEQUENCE order_numbers;",
                "-- forgot the sequence");
        assertFails("the downgrade of revision bbbb00000002 (Order numbers) does not undo its upgrade:\n"
                + "  - sequence " + n("order_numbers") + " is left over after the downgrade");
    }

    @Test
    void branchesAndTheirMergeAreSteppedThroughInOrder() {
        start(DatabaseKind.H2);
        users();
        files.write("bbbb00000002", "aaaa00000001", "Accounts", "CREATE TABLE accounts (id INT);",
                "DROP TABLE accounts;");
        files.write("cccc00000003", "aaaa00000001", "Teams", "CREATE TABLE teams (id INT);", "DROP TABLE teams;");
        files.write("dddd00000004", "bbbb00000002, cccc00000003", "Merge", "", "");

        VerifyReport report = verify(null).run();

        assertEquals(List.of("aaaa00000001", "bbbb00000002", "cccc00000003", "dddd00000004"),
                report.steps().stream().map(VerifyReport.Step::id).toList());
    }

    private void assertFails(String difference) {
        List<String> before = throwaways();
        MigrateException e = assertThrows(VerifyFailedException.class, () -> verify(null).run());
        assertEquals(files.directory().resolve("20261125_100001_bbbb00000002_test.sql") + ": " + difference
                + "\nMake the '-- migrate:downgrade' section undo every change of the upgrade, then run 'mvn "
                + "migrate:verify' again.", e.getMessage());
        assertEquals(before, throwaways());
        assertEquals(List.of(), db.tables());
    }
}
