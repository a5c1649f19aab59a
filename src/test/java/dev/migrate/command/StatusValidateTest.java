package dev.migrate.command;

import dev.migrate.MigrateException;
import dev.migrate.runner.RevisionState;
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
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code status} tells each revision's state as the database's tables have it; {@code validate} fails on problems. */
class StatusValidateTest {

    private static final String WHEN_BY = "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\dZ  \\S+ *";

    private static final String HINT = "\nRun 'mvn migrate:status' to see every revision; "
            + "docs/errors.md#validation-failed says what to do for each problem.";

    @TempDir
    Path dir;
    private TestDatabase db;
    private final RecordingOutput out = new RecordingOutput();
    private RevisionFiles files;
    private Path first;
    private Path second;

    @AfterEach
    void drop() {
        if (db != null) {
            db.close();
        }
    }

    private MigrateSettings settings() {
        return new MigrateSettings(db == null ? null : db.settings(), dir.resolve("versions"), null, null,
                Duration.ofSeconds(20));
    }

    private void threeRevisionsTwoApplied(DatabaseKind kind) {
        db = TestDatabase.create(kind);
        files = new RevisionFiles(dir.resolve("versions"));
        first = files.write("aaaa00000001", "", "Create users", "CREATE TABLE users (id INT PRIMARY KEY);",
                "DROP TABLE users;");
        second = files.write("bbbb00000002", "aaaa00000001", "Create teams", "CREATE TABLE teams (id INT PRIMARY KEY);",
                "DROP TABLE teams;");
        new UpgradeCommand(settings(), out).run("head", Set.of());
        files.write("cccc00000003", "bbbb00000002", "Create roles", "CREATE TABLE roles (id INT PRIMARY KEY);",
                "DROP TABLE roles;");
        out.clear();
    }

    private List<String> states(List<RevisionState> states) {
        return states.stream().map(s -> s.id() + " " + s.state().word() + (s.current() ? " current" : "")).toList();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void statusTellsAppliedAndPendingAndValidatePasses(DatabaseKind kind) {
        threeRevisionsTwoApplied(kind);

        List<RevisionState> states = new StatusCommand(settings(), out).run();

        assertEquals(List.of("aaaa00000001 applied", "bbbb00000002 applied current", "cccc00000003 pending"),
                states(states));
        List<String> lines = out.lines();
        assertEquals("Revision      State              Applied               By  Message".replaceAll(" +", " "),
                lines.get(0).replaceAll(" +", " "), lines::toString);
        assertTrue(lines.get(1).matches("aaaa00000001  applied            " + WHEN_BY + "  Create users"),
                lines.get(1));
        assertTrue(lines.get(2).matches("bbbb00000002  applied \\(current\\)  " + WHEN_BY + "  Create teams"),
                lines.get(2));
        assertTrue(lines.get(3).matches("cccc00000003  pending  +Create roles"), lines.get(3));
        assertEquals("3 revisions: 2 applied, 1 pending.", lines.get(4));
        assertEquals(5, lines.size(), lines::toString);

        out.clear();
        assertEquals(List.of(), new ValidateCommand(settings(), out).run());
        assertEquals(List.of("Database: 2 applied revisions match their files; 1 pending.",
                "Validated 3 revisions in " + dir.resolve("versions") + ": one head, cccc00000003."),
                out.lines());
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void anEditedAnUnknownAndAnOutOfOrderRevisionFailValidation(DatabaseKind kind) throws Exception {
        threeRevisionsTwoApplied(kind);
        Files.writeString(first, Files.readString(first).replace("(id INT PRIMARY KEY)", "(id BIGINT PRIMARY KEY)"));
        db.execute("INSERT INTO migrate_version (version_num) VALUES ('ffff00000009')");

        List<RevisionState> states = new StatusCommand(settings(), out).run();

        assertEquals(List.of("aaaa00000001 edited", "bbbb00000002 applied current", "cccc00000003 pending",
                "ffff00000009 unknown current"), states(states));
        MigrateException e = assertThrows(MigrateException.class, () -> new ValidateCommand(settings(), out).run());
        String edited = "aaaa00000001 (" + first + ") is edited: upgrade checksum ";
        assertTrue(e.getMessage().startsWith("Validation failed: 2 problems\n  " + edited), e.getMessage());
        assertTrue(e.getMessage().endsWith(" in the file now\n  ffff00000009 is unknown: the version table holds "
                + "it, but no revision file has this id" + HINT), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aRevisionAppliedBeforeItsParentIsOutOfOrder(DatabaseKind kind) {
        threeRevisionsTwoApplied(kind);
        // the history says users' revision (the parent of teams') ran again after teams' revision
        db.execute("INSERT INTO migrate_history (revision, direction, checksum, message, applied_by, host, "
                + "started_at, duration_ms) SELECT revision, direction, checksum, message, applied_by, host, "
                + "started_at, duration_ms FROM migrate_history WHERE revision = 'aaaa00000001'");

        List<RevisionState> states = new StatusCommand(settings(), out).run();

        assertEquals(List.of("aaaa00000001 applied", "bbbb00000002 out of order current", "cccc00000003 pending"),
                states(states));
        assertTrue(out.lines().contains("WARN bbbb00000002 out of order: applied before aaaa00000001, which it "
                + "revises or depends on"), out.lines()::toString);
        MigrateException e = assertThrows(MigrateException.class, () -> new ValidateCommand(settings(), out).run());
        assertEquals("Validation failed: 1 problem\n  bbbb00000002 (" + second + ") is out of order: applied before "
                + "aaaa00000001, which it revises or depends on" + HINT, e.getMessage());
    }

    @Test
    void severalHeadsFailValidationWithoutADatabase() {
        files = new RevisionFiles(dir.resolve("versions"));
        files.write("aaaa00000001", "", "Create users", "CREATE TABLE users (id INT);", "DROP TABLE users;");
        files.write("bbbb00000002", "aaaa00000001", "Teams", "CREATE TABLE teams (id INT);", "DROP TABLE teams;");
        files.write("cccc00000003", "aaaa00000001", "Roles", "CREATE TABLE roles (id INT);", "DROP TABLE roles;");

        MigrateException e = assertThrows(MigrateException.class, () -> new ValidateCommand(settings(), out).run());

        assertEquals("Validation failed: 1 problem\n  the revision files have 2 heads (bbbb00000002, cccc00000003):"
                + " join them with 'mvn migrate:merge -Dmigrate.message=\"merge\"'" + HINT, e.getMessage());
        assertEquals(List.of("No database configured (migrate.url): validated the revision files only."),
                out.lines());
    }
}
