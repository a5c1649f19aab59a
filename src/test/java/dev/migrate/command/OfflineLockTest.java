package dev.migrate.command;

import dev.migrate.database.DatabaseSettings;
import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.Dialects;
import dev.migrate.dialect.LockTimeoutException;
import dev.migrate.dialect.MigrationLock;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.RecordingOutput;
import dev.migrate.testing.RevisionFiles;
import dev.migrate.testing.SqlClient;
import dev.migrate.testing.TestDatabase;
import org.h2.tools.RunScript;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.StringReader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An offline script takes the same lock as an online run of the same schema, with no schema set, waits for it and
 * holds it to its end; and it stops before changing anything when the database is not at the script's start.
 */
class OfflineLockTest {

    private static final String STOPPED = "; it stopped before running anything of its revisions or changing the "
            + "version table. Write the script again from where the database is (-Dmigrate.target=<from>:<to>; "
            + "'mvn migrate:current' shows it), or run the goal online.";

    @TempDir
    Path dir;
    private TestDatabase db;

    @AfterEach
    void drop() {
        if (db != null) {
            db.close();
        }
    }

    private MigrateSettings online(Duration lockTimeout) {
        return new MigrateSettings(db.settings(), dir.resolve("versions"), null, null, lockTimeout);
    }

    /** Offline settings for the same kind of database: no connection, no schema (the script's client decides). */
    private MigrateSettings offline() {
        return new MigrateSettings(new DatabaseSettings(db.url(), "nobody", null), dir.resolve("versions"), null,
                null, Duration.ofSeconds(1));
    }

    private void revisions(DatabaseKind kind) {
        RevisionFiles files = new RevisionFiles(dir.resolve("versions"));
        files.write("aaaa00000001", "", "Create users", "CREATE TABLE users (id INT PRIMARY KEY);",
                "DROP TABLE users;");
        files.write("bbbb00000002", "aaaa00000001", "Slow step", "CREATE TABLE slow (id INT);\n"
                + switch (kind) {
                    case POSTGRESQL -> "SELECT pg_sleep(4);";
                    case MARIADB -> "DO SLEEP(4);";
                    case H2 -> "";
                }, "DROP TABLE slow;");
    }

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = {"POSTGRESQL", "MARIADB"})
    void theOfflineScriptWaitsForAndHoldsTheLockAnOnlineRunTakes(DatabaseKind kind) throws Exception {
        db = TestDatabase.create(kind);
        revisions(kind);
        Path script = dir.resolve("upgrade.sql");
        new UpgradeCommand(offline(), new RecordingOutput()).offline("head", script);
        Dialect dialect = Dialects.forUrl(db.url());
        Connection lockConnection = db.connect();
        // the lock an online run takes: on the schema its connection resolves unqualified names to
        MigrationLock online = dialect.locker().lock(lockConnection, dialect.inspector().currentSchema(lockConnection), "migrate_version",
                Duration.ofSeconds(5), new RecordingOutput());

        Process client = SqlClient.start(db, script);
        boolean endedWhileLocked = client.waitFor(2, TimeUnit.SECONDS);
        List<String> tablesWhileLocked = db.tables();
        online.close();

        if (endedWhileLocked) {
            throw new AssertionError("the script did not wait for the lock: " + SqlClient.finish(client).output());
        }
        assertEquals(List.of(), tablesWhileLocked);
        waitUntil(() -> db.tables().contains("migrate_version")
                && db.column("select version_num from migrate_version").equals(List.of("aaaa00000001")));
        LockTimeoutException busy = assertThrows(LockTimeoutException.class,
                () -> new UpgradeCommand(online(Duration.ofMillis(500)), new RecordingOutput()).run("head", Set.of()));
        assertTrue(busy.getMessage().startsWith("Gave up waiting for the migration lock after 0 s; it is held by "),
                busy.getMessage());
        SqlClient.Finished finished = SqlClient.finish(client);
        assertEquals(0, finished.exitCode(), finished.output());
        assertEquals(List.of("bbbb00000002"), db.column("select version_num from migrate_version"));
        RecordingOutput out = new RecordingOutput();
        new UpgradeCommand(online(Duration.ofSeconds(5)), out).run("head", Set.of());
        assertEquals("Nothing to upgrade: the database is up to date at bbbb00000002 (head).", out.lines().get(1));
    }

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = {"POSTGRESQL", "MARIADB"})
    void aScriptForAnotherStartStopsBeforeChangingAnything(DatabaseKind kind) throws Exception {
        db = TestDatabase.create(kind);
        revisions(kind);
        Path fromFirst = dir.resolve("from-first.sql");
        new UpgradeCommand(offline(), new RecordingOutput()).offline("aaaa00000001:head", fromFirst);

        SqlClient.Finished atBase = SqlClient.run(db, fromFirst);

        assertTrue(atBase.exitCode() != 0);
        assertTrue(atBase.output().contains("migrate: this script starts at aaaa00000001 but the database is at base"
                + STOPPED), atBase.output());
        assertEquals(List.of(), db.tables());

        new UpgradeCommand(online(Duration.ofSeconds(5)), new RecordingOutput()).run("aaaa00000001", Set.of());
        Path fromBase = dir.resolve("from-base.sql");
        new UpgradeCommand(offline(), new RecordingOutput()).offline("head", fromBase);
        SqlClient.Finished atFirst = SqlClient.run(db, fromBase);

        assertTrue(atFirst.exitCode() != 0);
        assertTrue(atFirst.output().contains("migrate: this script starts at base but the database is at "
                + "aaaa00000001" + STOPPED), atFirst.output());
        assertEquals(List.of("migrate_history", "migrate_version", "users"), db.tables());
        assertEquals(List.of("aaaa00000001"), db.column("select version_num from migrate_version"));

        assertEquals(0, SqlClient.run(db, fromFirst).exitCode());
        assertEquals(List.of("bbbb00000002"), db.column("select version_num from migrate_version"));
    }

    @Test
    void anH2ScriptForAnotherStartStopsBeforeRunningItsRevisions() throws Exception {
        db = TestDatabase.create(DatabaseKind.H2);
        revisions(DatabaseKind.H2);
        String script = new UpgradeCommand(offline(), new RecordingOutput()).offline("aaaa00000001:head", null);
        // H2 takes no lock in a script: each DDL statement commits, which would end a row lock at once
        assertTrue(script.startsWith("-- upgrade aaaa00000001:head (H2)\n-- Written by migrate-maven-plugin for "
                + "review. Run it with the database's own client, stopping at the first error.\n\nCREATE TABLE IF "
                + "NOT EXISTS migrate_version "), script);

        SQLException e = assertThrows(SQLException.class, () -> runH2(script));

        assertTrue(e.getMessage().startsWith("Data conversion error converting \"migrate: this script starts at "
                + "aaaa00000001 but the database is at base" + STOPPED + "\""), e.getMessage());
        // H2 has no procedural SQL: the check reads the version table, so the script created the (empty) tables
        assertEquals(List.of("migrate_history", "migrate_version"), db.tables());
        assertEquals(List.of(), db.column("select version_num from migrate_version"));

        runH2(new UpgradeCommand(offline(), new RecordingOutput()).offline("aaaa00000001", null));
        runH2(script);
        assertEquals(List.of("bbbb00000002"), db.column("select version_num from migrate_version"));
        assertEquals(List.of("migrate_history", "migrate_version", "slow", "users"), db.tables());
    }

    @Test
    void offlineDowngradesAndStampsCheckTheirStartTooButAPurgingStampDoesNot() throws Exception {
        db = TestDatabase.create(DatabaseKind.H2);
        revisions(DatabaseKind.H2);
        runH2(new UpgradeCommand(offline(), new RecordingOutput()).offline("aaaa00000001", null));

        String downgrade = new DowngradeCommand(offline(), new RecordingOutput()).offline("bbbb00000002:aaaa00000001",
                null);
        SQLException down = assertThrows(SQLException.class, () -> runH2(downgrade));
        assertTrue(down.getMessage().startsWith("Data conversion error converting \"migrate: this script starts at "
                + "bbbb00000002 but the database is at aaaa00000001" + STOPPED + "\""), down.getMessage());
        String stamp = new StampCommand(offline(), new RecordingOutput()).offline("head", false, null);
        SQLException stamped = assertThrows(SQLException.class, () -> runH2(stamp));
        assertTrue(stamped.getMessage().startsWith("Data conversion error converting \"migrate: this script starts "
                + "at base but the database is at aaaa00000001" + STOPPED + "\""), stamped.getMessage());
        assertEquals(List.of("aaaa00000001"), db.column("select version_num from migrate_version"));

        runH2(new StampCommand(offline(), new RecordingOutput()).offline("head", true, null));
        assertEquals(List.of("bbbb00000002"), db.column("select version_num from migrate_version"));
    }

    private void runH2(String script) throws SQLException {
        RunScript.execute(db.connect(), new StringReader(script));
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not reached in 10 s");
            }
            Thread.sleep(50);
        }
    }
}
