package dev.migrate.command;

import dev.migrate.revision.RevisionFileParser;
import dev.migrate.runner.EditedRevisionException;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.RecordingOutput;
import dev.migrate.testing.RevisionFiles;
import dev.migrate.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An applied revision edited afterwards is reported before anything runs; layout (CRLF, indentation, spaces inside a
 * line, blank lines) is not an edit, quoted text is, and checksums stored by earlier versions still match.
 */
class ChecksumTest {

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

    @Test
    void anEditedAppliedRevisionStopsTheRunUntilTheEditIsAccepted() throws Exception {
        db = TestDatabase.create(DatabaseKind.POSTGRESQL);
        RevisionFiles files = new RevisionFiles(dir.resolve("versions"));
        Path first = files.write("aaaa00000001", "", "Create users", "CREATE TABLE users (id INT PRIMARY KEY);",
                "DROP TABLE users;");
        new UpgradeCommand(settings(), out).run("head", Set.of());
        String before = db.column("select checksum from migrate_history").get(0);
        Files.writeString(first, Files.readString(first).replace("(id INT PRIMARY KEY)",
                "(id BIGINT PRIMARY KEY)"));
        files.write("bbbb00000002", "aaaa00000001", "Name users", "ALTER TABLE users ADD COLUMN name TEXT;",
                "ALTER TABLE users DROP COLUMN name;");

        EditedRevisionException e = assertThrows(EditedRevisionException.class,
                () -> new UpgradeCommand(settings(), out).run("head", Set.of()));

        String after = RevisionFileParser.parse(first).upgrade().checksum();
        String ranOn = db.column("select started_at from migrate_history").get(0);
        assertTrue(e.getMessage().startsWith("An applied revision was edited after it ran:\n  " + first
                + ": revision aaaa00000001 ran on "), e.getMessage());
        assertTrue(e.getMessage().endsWith(" with upgrade checksum " + before + ", the file now has " + after
                + "\nThe database did not get the edit. Revert it (git diff shows it) and put the change in a new "
                + "revision; or, if the edit is deliberate and the database already matches it, accept it with "
                + "-Dmigrate.acceptEdited=aaaa00000001 (or =all)."), e.getMessage());
        assertTrue(ranOn != null);
        assertTrue(e.getMessage().matches("(?s).*: revision aaaa00000001 ran on \\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z with .*"),
                e.getMessage()); // when it ran, read again with the whole row once an edit is found
        assertEquals(List.of("aaaa00000001"), db.column("select version_num from migrate_version"));

        new UpgradeCommand(settings(), out).run("head", Set.of("aaaa"));
        assertEquals(List.of("aaaa00000001 upgrade", "aaaa00000001 accept", "bbbb00000002 upgrade"),
                db.column("select concat(revision, ' ', direction) from migrate_history order by id"));
        assertTrue(out.lines().contains("WARN Accepted the edit of applied revision aaaa00000001 (" + first
                + "): checksum " + before + " -> " + after), out.lines()::toString);
        new UpgradeCommand(settings(), out).run("head", Set.of());
    }

    @Test
    void lineEndingsAloneAreNotAnEdit() throws Exception {
        db = TestDatabase.create(DatabaseKind.H2);
        RevisionFiles files = new RevisionFiles(dir.resolve("versions"));
        Path first = files.write("aaaa00000001", "", "Create users", "CREATE TABLE users (id INT PRIMARY KEY);\n"
                + "CREATE INDEX users_id ON users (id);", "DROP TABLE users;");
        new UpgradeCommand(settings(), out).run("head", Set.of());
        Files.writeString(first, Files.readString(first).replace("\n", "\r\n"));
        files.write("bbbb00000002", "aaaa00000001", "Name users", "ALTER TABLE users ADD COLUMN name VARCHAR(9);",
                "ALTER TABLE users DROP COLUMN name;");

        new UpgradeCommand(settings(), out).run("head", Set.of());

        assertEquals(List.of("bbbb00000002"), db.column("select version_num from migrate_version"));
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void layoutEditsAreNoEditWhileAnEditInsideALiteralIs(DatabaseKind kind) throws Exception {
        db = TestDatabase.create(kind);
        RevisionFiles files = new RevisionFiles(dir.resolve("versions"));
        Path first = files.write("aaaa00000001", "", "Create users", "CREATE TABLE users (id INT PRIMARY KEY, "
                + "name VARCHAR(20) DEFAULT 'a b');", "DROP TABLE users;");
        new UpgradeCommand(settings(), out).run("head", Set.of());
        String recorded = db.column("select checksum from migrate_history").get(0);
        Files.writeString(first, Files.readString(first).replace("CREATE TABLE users (id INT PRIMARY KEY, ",
                "\n\n   CREATE   TABLE\tusers (id  INT   PRIMARY KEY,\t").replace("'a b');", "'a b');   \n\n")
                .replace("DROP TABLE users;", "DROP TABLE users;   -- the downgrade may change: it has not run"));
        files.write("bbbb00000002", "aaaa00000001", "Index users", "CREATE INDEX users_name ON users (name);",
                "DROP INDEX users_name" + (kind == DatabaseKind.MARIADB ? " ON users;" : ";"));

        new UpgradeCommand(settings(), out).run("head", Set.of());

        assertEquals(List.of("bbbb00000002"), db.column("select version_num from migrate_version"));
        assertEquals(recorded, RevisionFileParser.parse(first).upgrade().checksum());
        Files.writeString(first, Files.readString(first).replace("'a b'", "'a  b'"));
        EditedRevisionException e = assertThrows(EditedRevisionException.class,
                () -> new UpgradeCommand(settings(), out).run("head", Set.of()));
        assertTrue(e.getMessage().startsWith("An applied revision was edited after it ran:\n  " + first
                + ": revision aaaa00000001 ran on "), e.getMessage());
        assertEquals(List.of("aaaa00000001 upgrade", "bbbb00000002 upgrade"),
                db.column("select concat(revision, concat(' ', direction)) from migrate_history order by id"));
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void checksumsStoredByEarlierVersionsStillMatch(DatabaseKind kind) throws Exception {
        db = TestDatabase.create(kind);
        RevisionFiles files = new RevisionFiles(dir.resolve("versions"));
        Path first = files.write("aaaa00000001", "", "Create users", "CREATE TABLE users (\n  id INT PRIMARY KEY\n);",
                "DROP TABLE users;");
        new UpgradeCommand(settings(), out).run("head", Set.of());
        var upgrade = RevisionFileParser.parse(first).upgrade();
        // what versions before this one stored: the digest of the raw text, line endings normalised, stripped
        String legacy = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest("CREATE TABLE users (\n  id INT PRIMARY KEY\n);".getBytes(StandardCharsets.UTF_8)));
        assertEquals(legacy, upgrade.legacyChecksum());
        assertTrue(!legacy.equals(upgrade.checksum()));
        db.execute("update migrate_history set checksum = '" + legacy + "'");
        files.write("bbbb00000002", "aaaa00000001", "Index users", "CREATE INDEX users_id ON users (id);",
                "DROP INDEX users_id" + (kind == DatabaseKind.MARIADB ? " ON users;" : ";"));

        new UpgradeCommand(settings(), out).run("head", Set.of());

        assertEquals(List.of("bbbb00000002"), db.column("select version_num from migrate_version"));
        assertEquals(List.of(legacy, RevisionFileParser.parse(files.directory().resolve(
                files.directory().toFile().list((d, n) -> n.contains("bbbb"))[0])).upgrade().checksum()),
                db.column("select checksum from migrate_history order by id"));
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void acceptingAnEditKeepsWhenTheRevisionWasApplied(DatabaseKind kind) throws Exception {
        db = TestDatabase.create(kind);
        RevisionFiles files = new RevisionFiles(dir.resolve("versions"));
        Path first = files.write("aaaa00000001", "", "Create users", "CREATE TABLE users (id INT PRIMARY KEY);",
                "DROP TABLE users;");
        new UpgradeCommand(settings(), out).run("head", Set.of());
        db.execute("update migrate_history set started_at = " + (kind == DatabaseKind.MARIADB
                ? "'2026-01-02 03:04:05'" : "TIMESTAMP '2026-01-02 03:04:05'"));
        String appliedAt = db.column("select started_at from migrate_history").get(0);
        Files.writeString(first, Files.readString(first).replace("id INT", "id BIGINT"));

        new UpgradeCommand(settings(), out).run("head", Set.of("all"));
        out.clear();
        new HistoryCommand(settings(), out).run(null, true);

        Instant applied = Timestamp.valueOf(appliedAt.substring(0, 19)).toInstant();
        assertTrue(out.lines().stream().anyMatch(l -> l.startsWith("Applied: " + applied + " by ")
                && l.endsWith(" ms, upgrade)")), out.lines()::toString);
        assertEquals(List.of("aaaa00000001 upgrade", "aaaa00000001 accept"),
                db.column("select concat(revision, concat(' ', direction)) from migrate_history order by id"));
        Files.writeString(first, Files.readString(first).replace("id BIGINT", "id SMALLINT"));
        EditedRevisionException e = assertThrows(EditedRevisionException.class,
                () -> new UpgradeCommand(settings(), out).run("head", Set.of()));
        assertTrue(e.getMessage().contains(": revision aaaa00000001 ran on " + applied + " with upgrade checksum "),
                e.getMessage());
    }
}
