package dev.migrate.command;

import dev.migrate.revision.MultipleHeadsException;
import dev.migrate.revision.Plan;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.RecordingOutput;
import dev.migrate.testing.RevisionFiles;
import dev.migrate.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The goals on real databases, each test in a fresh schema: upgrade, downgrade, stamp, current, history, merge. */
class LifecycleTest {

    @TempDir
    Path dir;
    private TestDatabase db;
    private final RecordingOutput out = new RecordingOutput();

    private RevisionFiles revisions() {
        return new RevisionFiles(dir.resolve("versions"));
    }

    private MigrateSettings settings() {
        return new MigrateSettings(db.settings(), dir.resolve("versions"), null, null, Duration.ofSeconds(20));
    }

    /** Three revisions in a line: users, accounts (FK to users), a data insert. */
    private void threeRevisions() {
        RevisionFiles files = revisions();
        files.write("aaaa00000001", "", "Create users",
                "CREATE TABLE users (id INT PRIMARY KEY, name VARCHAR(50) NOT NULL);",
                "DROP TABLE users;");
        files.write("bbbb00000002", "aaaa00000001", "Create accounts",
                "CREATE TABLE accounts (id INT PRIMARY KEY, user_id INT NOT NULL REFERENCES users (id));",
                "DROP TABLE accounts;");
        files.write("cccc00000003", "bbbb00000002", "Add first user",
                "INSERT INTO users (id, name) VALUES (1, 'it''s; me');",
                "DELETE FROM users WHERE id = 1;");
    }

    /** The given tables plus the plugin's own: version and history tables, and H2's lock table. */
    private List<String> withPluginTables(String... tables) {
        List<String> all = new ArrayList<>(List.of(tables));
        all.add("migrate_history");
        all.add("migrate_version");
        if (db.kind() == DatabaseKind.H2) {
            all.add("migrate_version_lock");
        }
        Collections.sort(all);
        return all;
    }

    @AfterEach
    void dropSchema() {
        if (db != null) {
            db.close();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void upgradeToHeadAppliesEveryRevisionInOrderAndRecordsTheHead(DatabaseKind kind) {
        db = TestDatabase.create(kind);
        threeRevisions();

        Plan plan = new UpgradeCommand(settings(), out).run("head", Set.of());

        assertEquals(List.of("aaaa00000001", "bbbb00000002", "cccc00000003"),
                plan.steps().stream().map(s -> s.revision().id()).toList());
        List<String> lines = out.lines().stream().map(l -> l.replaceAll(" in \\d+ ms", " in N ms")).toList();
        int header = lines.indexOf("Upgrading schema " + db.schema().toLowerCase(Locale.ROOT)
                + " from <base> to cccc00000003: 3 revisions");
        assertTrue(header >= 0, lines::toString);
        // Each revision is announced before it starts; on PostgreSQL the "Applied" lines of quick revisions come
        // together, once the last commit has flushed them to disk.
        assertEquals(List.of(
                "[1/3] Running upgrade <base> -> aaaa00000001, Create users",
                "[2/3] Running upgrade aaaa00000001 -> bbbb00000002, Create accounts",
                "[3/3] Running upgrade bbbb00000002 -> cccc00000003, Add first user"),
                lines.stream().filter(l -> l.contains("] Running ")).toList());
        assertEquals(List.of("[1/3] Applied aaaa00000001 in N ms", "[2/3] Applied bbbb00000002 in N ms",
                "[3/3] Applied cccc00000003 in N ms"), lines.stream().filter(l -> l.contains("] Applied ")).toList());
        for (int i = 1; i <= 3; i++) {
            String n = "[" + i + "/3] ";
            assertTrue(lines.indexOf(lines.stream().filter(l -> l.startsWith(n + "Running")).findFirst().get())
                    < lines.indexOf(lines.stream().filter(l -> l.startsWith(n + "Applied")).findFirst().get()));
        }
        assertEquals(List.of("Upgraded 3 revisions in N ms.", "Database is at cccc00000003 (head)."),
                lines.subList(lines.size() - 2, lines.size()));
        assertEquals(header + 8, lines.size() - 1, lines::toString);
        assertEquals(List.of("cccc00000003"), db.column("select version_num from migrate_version"));
        assertEquals(withPluginTables("accounts", "users"), db.tables());
        assertEquals(List.of("it's; me"), db.column("select name from users"));
        assertEquals(List.of("aaaa00000001 upgrade", "bbbb00000002 upgrade", "cccc00000003 upgrade"),
                db.column("select concat(revision, ' ', direction) from migrate_history order by id"));
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void upgradeWithNothingPendingSaysTheDatabaseIsUpToDate(DatabaseKind kind) {
        db = TestDatabase.create(kind);
        threeRevisions();
        new UpgradeCommand(settings(), out).run("head", Set.of());
        out.clear();

        Plan plan = new UpgradeCommand(settings(), out).run("head", Set.of());

        assertTrue(plan.isEmpty());
        assertEquals("Nothing to upgrade: the database is up to date at cccc00000003 (head).", out.lines().get(1));
    }

    @Test
    void onPostgresqlEveryCommitButTheRunsLastReturnsBeforeTheWalFlush() {
        db = TestDatabase.create(DatabaseKind.POSTGRESQL);
        RevisionFiles files = revisions();
        files.write("aaaa00000001", "", "Seen 1", "CREATE TABLE seen (rev INT, sync TEXT);\n"
                + "INSERT INTO seen VALUES (1, current_setting('synchronous_commit'));", "DROP TABLE seen;");
        files.write("bbbb00000002", "aaaa00000001", "Seen 2",
                "INSERT INTO seen VALUES (2, current_setting('synchronous_commit'));", "DELETE FROM seen;");
        files.write("cccc00000003", "bbbb00000002", "Seen 3",
                "INSERT INTO seen VALUES (3, current_setting('synchronous_commit'));", "DELETE FROM seen;");

        new UpgradeCommand(settings(), out).run("bbbb00000002", Set.of());
        new UpgradeCommand(settings(), out).run("head", Set.of());

        // the first run's last revision and a run of one wait for the flush like any other commit
        assertEquals(List.of(List.of("1", "off"), List.of("2", "on"), List.of("3", "on")),
                db.query("SELECT rev, sync FROM seen ORDER BY rev"));
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aRevisionWhoseStatementReturnsRowsRunsOnceAndIsRecorded(DatabaseKind kind) {
        db = TestDatabase.create(kind);
        RevisionFiles files = revisions();
        files.write("aaaa00000001", "", "Counters", "CREATE TABLE counters (id INT PRIMARY KEY);\n"
                + "INSERT INTO counters VALUES (1);\nSELECT COUNT(*) FROM counters;", "DROP TABLE counters;");

        new UpgradeCommand(settings(), out).run("head", Set.of());

        assertEquals(List.of("1"), db.column("SELECT COUNT(*) FROM counters"));
        assertEquals(List.of("aaaa00000001 upgrade"),
                db.column("select concat(revision, ' ', direction) from migrate_history order by id"));
        assertEquals(List.of("aaaa00000001"), db.column("select version_num from migrate_version"));
    }

    @Test
    void onPostgresqlABatchTheDriverRefusesIsRunAgainStatementByStatementOnce() {
        db = TestDatabase.create(DatabaseKind.POSTGRESQL);
        RevisionFiles files = revisions();
        files.write("aaaa00000001", "", "Counters", "CREATE TABLE counters (id SERIAL PRIMARY KEY, n INT);\n"
                + "INSERT INTO counters (n) VALUES (7) RETURNING id;", "DROP TABLE counters;");

        new UpgradeCommand(settings(), out).run("head", Set.of());

        // the batch was rolled back whole (a sequence is not transactional, so the row's id shows the first try)
        assertEquals(List.of(List.of("7")), db.query("SELECT n FROM counters"));
        assertEquals(List.of("aaaa00000001"), db.column("select version_num from migrate_version"));
        assertEquals(List.of("1"), db.column("select count(*) from migrate_history"));
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void relativeUpgradeAndDowngradeMoveOneRevisionAtATime(DatabaseKind kind) {
        db = TestDatabase.create(kind);
        threeRevisions();

        new UpgradeCommand(settings(), out).run("+2", Set.of());
        assertEquals(List.of("bbbb00000002"), db.column("select version_num from migrate_version"));

        new DowngradeCommand(settings(), out).run("-1", Set.of());
        assertEquals(List.of("aaaa00000001"), db.column("select version_num from migrate_version"));
        assertEquals(withPluginTables("users"), db.tables());
        assertTrue(out.lines().containsAll(List.of("Downgrading schema " + db.schema().toLowerCase(Locale.ROOT)
                + " from bbbb00000002 to aaaa00000001: 1 revision",
                "[1/1] Running downgrade bbbb00000002 -> aaaa00000001, Create accounts")), out.lines()::toString);
        assertTrue(out.lines().stream().anyMatch(l -> l.matches("\\[1/1\\] Reverted bbbb00000002 in \\d+ ms")),
                out.lines()::toString);
        assertTrue(out.lines().stream().anyMatch(l -> l.matches("Downgraded 1 revision in \\d+ ms\\.")),
                out.lines()::toString);

        new UpgradeCommand(settings(), out).run("+1", Set.of());
        assertEquals(List.of("bbbb00000002"), db.column("select version_num from migrate_version"));
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void downgradeToBaseRevertsEverythingNewestFirstAndEmptiesTheVersionTable(DatabaseKind kind) {
        db = TestDatabase.create(kind);
        threeRevisions();
        new UpgradeCommand(settings(), out).run("head", Set.of());
        out.clear();

        Plan plan = new DowngradeCommand(settings(), out).run("base", Set.of());

        assertEquals(List.of("cccc00000003", "bbbb00000002", "aaaa00000001"),
                plan.steps().stream().map(s -> s.revision().id()).toList());
        assertEquals(List.of(), db.column("select version_num from migrate_version"));
        assertEquals(withPluginTables(), db.tables());
        assertEquals("Database is at base (no revision applied).", out.lines().get(out.lines().size() - 1));
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void downgradeToARevisionIdKeepsThatRevision(DatabaseKind kind) {
        db = TestDatabase.create(kind);
        threeRevisions();
        new UpgradeCommand(settings(), out).run("head", Set.of());

        new DowngradeCommand(settings(), out).run("aaaa", Set.of());

        assertEquals(List.of("aaaa00000001"), db.column("select version_num from migrate_version"));
        assertEquals(withPluginTables("users"), db.tables());
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void stampHeadAdoptsAnExistingSchemaWithoutRunningSql(DatabaseKind kind) {
        db = TestDatabase.create(kind);
        threeRevisions();
        db.execute("CREATE TABLE users (id INT PRIMARY KEY, name VARCHAR(50) NOT NULL)");

        Set<String> rows = new StampCommand(settings(), out).run("head", false);

        assertEquals(Set.of("cccc00000003"), rows);
        assertEquals(List.of("cccc00000003"), db.column("select version_num from migrate_version"));
        assertEquals(withPluginTables("users"), db.tables());
        assertTrue(out.lines().get(1).matches("Stamped [a-z0-9_]+\\.migrate_version: base \\(no revision applied\\) "
                + "-> cccc00000003 \\(head\\)"), out.lines()::toString);
        new StampCommand(settings(), out).run("base", false);
        assertEquals(List.of(), db.column("select version_num from migrate_version"));
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void currentAndHistoryMarkHeadAndCurrentRevision(DatabaseKind kind) {
        db = TestDatabase.create(kind);
        threeRevisions();
        new UpgradeCommand(settings(), out).run("bbbb", Set.of());
        out.clear();

        new CurrentCommand(settings(), out).run(false);
        assertEquals(List.of("bbbb00000002"), out.lines());
        out.clear();

        new HistoryCommand(settings(), out).run(null, false);
        assertEquals(List.of(
                "bbbb00000002 -> cccc00000003 (head), Add first user",
                "aaaa00000001 -> bbbb00000002 (current), Create accounts",
                "<base> -> aaaa00000001, Create users"), out.lines());
        out.clear();

        new HistoryCommand(settings(), out).run("-1:current", false);
        assertEquals(List.of(
                "aaaa00000001 -> bbbb00000002 (current), Create accounts",
                "<base> -> aaaa00000001, Create users"), out.lines());
        out.clear();

        new HistoryCommand(settings(), out).run("current:current", true);
        List<String> verbose = out.lines();
        assertEquals("Rev: bbbb00000002 (current)", verbose.get(0));
        assertEquals("Parent: aaaa00000001", verbose.get(1));
        assertTrue(verbose.get(3).matches("Applied: 20\\d\\d-\\d\\d-\\d\\dT[0-9:.]+Z by "
                + Pattern.quote(System.getProperty("user.name")) + " on \\S+ \\(\\d+ ms, upgrade\\)"),
                verbose::toString);
        assertEquals("    Create accounts", verbose.get(5));
    }

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = {"POSTGRESQL", "H2"})
    void branchesMustBeMergedOrNamedAndMergeJoinsThem(DatabaseKind kind) {
        db = TestDatabase.create(kind);
        RevisionFiles files = revisions();
        files.write("aaaa00000001", "", "Create users", "CREATE TABLE users (id INT PRIMARY KEY);",
                "DROP TABLE users;");
        files.write("bbbb00000002", "aaaa00000001", "Create accounts", "CREATE TABLE accounts (id INT PRIMARY KEY);",
                "DROP TABLE accounts;");
        files.write("dddd00000004", "aaaa00000001", "Create investments",
                "CREATE TABLE investments (id INT PRIMARY KEY);", "DROP TABLE investments;");

        MultipleHeadsException error = assertThrows(MultipleHeadsException.class,
                () -> new UpgradeCommand(settings(), out).run("head", Set.of()));
        assertEquals(List.of("bbbb00000002", "dddd00000004"), error.heads());
        assertEquals(List.of(), db.tables());

        new UpgradeCommand(settings(), out).run("heads", Set.of());
        assertEquals(List.of("bbbb00000002", "dddd00000004"),
                db.column("select version_num from migrate_version order by version_num"));

        Path merge = new MergeCommand(settings(), out).run("Merge accounts and investments", null, "eeee00000005");
        assertTrue(merge.getFileName().toString().endsWith("_eeee00000005_merge_accounts_and_investments.sql"));
        new UpgradeCommand(settings(), out).run("head", Set.of());
        assertEquals(List.of("eeee00000005"), db.column("select version_num from migrate_version"));

        out.clear();
        new HistoryCommand(settings(), out).run(null, false);
        assertEquals(List.of(
                "bbbb00000002, dddd00000004 -> eeee00000005 (head) (current) (mergepoint), Merge accounts and investments",
                "aaaa00000001 -> dddd00000004, Create investments",
                "aaaa00000001 -> bbbb00000002, Create accounts",
                "<base> -> aaaa00000001 (branchpoint), Create users"), out.lines());

        new DowngradeCommand(settings(), out).run("-1", Set.of());
        assertEquals(List.of("bbbb00000002", "dddd00000004"),
                db.column("select version_num from migrate_version order by version_num"));
    }

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = {"POSTGRESQL", "H2"})
    void anExplicitSchemaIsCreatedAndHoldsTheRevisionsAndTheVersionTable(DatabaseKind kind) {
        db = TestDatabase.create(kind);
        threeRevisions();
        MigrateSettings inSchema = new MigrateSettings(db.settings(), dir.resolve("versions"),
                "app_" + db.schema().toLowerCase().substring(3), "deploy_version", Duration.ofSeconds(20));

        new UpgradeCommand(inSchema, out).run("head", Set.of());

        String schema = kind == DatabaseKind.H2 ? inSchema.schema().toUpperCase() : inSchema.schema();
        assertTrue(out.lines().contains("Created schema " + inSchema.schema()), out.lines()::toString);
        assertEquals(List.of("cccc00000003"), db.column("select version_num from " + schema + ".deploy_version"));
        assertEquals(3, db.column("select revision from " + schema + ".deploy_history").size());
        assertEquals(List.of(), db.tables());
        if (kind == DatabaseKind.POSTGRESQL) {
            TestDatabase.admin(kind, "drop schema " + schema + " cascade");
        }
    }
}
