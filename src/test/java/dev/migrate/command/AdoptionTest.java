package dev.migrate.command;

import dev.migrate.revision.Plan;
import dev.migrate.revision.UnknownRevisionException;
import dev.migrate.runner.ExistingTablesException;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.RecordingOutput;
import dev.migrate.testing.RevisionFiles;
import dev.migrate.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code upgrade} on a schema that holds tables but no version table: refused, or adopted with a baseline. */
class AdoptionTest {

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

    private void threeRevisionsAndTheFirstOnesTables(DatabaseKind kind) {
        db = TestDatabase.create(kind);
        RevisionFiles files = new RevisionFiles(dir.resolve("versions"));
        files.write("aaaa00000001", "", "Create users", "CREATE TABLE users (id INT PRIMARY KEY);", "DROP TABLE users;");
        files.write("bbbb00000002", "aaaa00000001", "Create accounts", "CREATE TABLE accounts (id INT PRIMARY KEY);",
                "DROP TABLE accounts;");
        files.write("cccc00000003", "bbbb00000002", "Create notes", "CREATE TABLE notes (id INT PRIMARY KEY);",
                "DROP TABLE notes;");
        db.execute("CREATE TABLE users (id INT PRIMARY KEY)", "CREATE TABLE legacy_audit (id INT)");
    }

    private UpgradeCommand upgrade() {
        return new UpgradeCommand(new MigrateSettings(db.settings(), dir.resolve("versions"), null, null,
                Duration.ofSeconds(10)), out);
    }

    private String schema() {
        return db.schema().toLowerCase(Locale.ROOT);
    }

    private String table(String name) {
        return db.kind() == DatabaseKind.H2 ? name.toUpperCase(Locale.ROOT) : name;
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void tablesWithoutAVersionTableAreRefusedBeforeAnythingRunsOrIsCreated(DatabaseKind kind) {
        threeRevisionsAndTheFirstOnesTables(kind);

        ExistingTablesException e = assertThrows(ExistingTablesException.class, () -> upgrade().run("head", Set.of()));

        assertEquals("Schema " + schema() + " already holds 2 tables (" + table("legacy_audit") + ", " + table("users")
                + ") but no version table (" + schema() + ".migrate_version), so nothing says which revisions they "
                + "come from, and the first revision would run on top of them. Adopt the schema at the revision its "
                + "tables match: 'mvn migrate:stamp -Dmigrate.target=<rev>' (head if they match the latest revision), "
                + "then upgrade; or do both in one run with -Dmigrate.baseline=<rev>. -Dmigrate.baseline=base runs "
                + "every revision on top of the existing tables.", e.getMessage());
        assertEquals(List.of(table("legacy_audit"), table("users")), e.tables());
        assertEquals(List.of("legacy_audit", "users"), db.tables());
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aBaselineRevisionIsStampedThenTheRunUpgradesFromIt(DatabaseKind kind) {
        threeRevisionsAndTheFirstOnesTables(kind);

        Plan plan = upgrade().run("head", Set.of(), "aaaa");

        assertEquals(List.of("bbbb00000002", "cccc00000003"), plan.steps().stream().map(s -> s.revision().id())
                .toList());
        assertTrue(out.lines().contains("Stamped " + schema() + ".migrate_version: base (no revision applied) -> "
                + "aaaa00000001 (migrate.baseline: the schema's existing tables)"), out.lines()::toString);
        assertTrue(out.lines().contains("Upgrading schema " + schema() + " from aaaa00000001 to cccc00000003: "
                + "2 revisions"), out.lines()::toString);
        assertEquals(List.of("cccc00000003"), db.column("select version_num from migrate_version"));
        assertEquals(List.of("aaaa00000001 stamp", "bbbb00000002 upgrade", "cccc00000003 upgrade"),
                db.column("select concat(concat(revision, ' '), direction) from migrate_history order by id"));

        out.clear();
        upgrade().run("head", Set.of(), "aaaa");
        assertEquals(List.of("cccc00000003"), db.column("select version_num from migrate_version"));
        assertTrue(out.lines().contains("Nothing to upgrade: the database is up to date at cccc00000003 (head)."),
                out.lines()::toString);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void baselineBaseRunsEveryRevisionOnTopOfTheExistingTables(DatabaseKind kind) {
        threeRevisionsAndTheFirstOnesTables(kind);
        db.execute("DROP TABLE users");

        Plan plan = upgrade().run("head", Set.of(), "base");

        assertEquals(3, plan.steps().size());
        assertTrue(out.lines().contains("Schema " + schema() + " holds 1 table and no version table: every revision "
                + "runs on top of them (migrate.baseline=base)."), out.lines()::toString);
        assertEquals(List.of("cccc00000003"), db.column("select version_num from migrate_version"));
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void anUnknownBaselineIsRefusedBeforeAnythingIsWritten(DatabaseKind kind) {
        threeRevisionsAndTheFirstOnesTables(kind);

        assertThrows(UnknownRevisionException.class, () -> upgrade().run("head", Set.of(), "ffff"));

        assertEquals(List.of("legacy_audit", "users"), db.tables());
    }
}
