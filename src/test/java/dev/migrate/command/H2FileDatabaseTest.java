package dev.migrate.command;

import dev.migrate.database.DatabaseSettings;
import dev.migrate.database.Environment;
import dev.migrate.dialect.LockTimeoutException;
import dev.migrate.testing.ErrorCatalogDoc;
import dev.migrate.testing.RecordingOutput;
import dev.migrate.testing.RevisionFiles;
import dev.migrate.testing.UpgradeProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * H2 file databases shared by two processes ({@code AUTO_SERVER=TRUE}): the second run waits for the lock up to
 * migrate.lockTimeout and names the run that holds it.
 */
class H2FileDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void aSecondRunWaitsForTheRunThatServesTheDatabaseAndThenFindsNothingToDo() throws Exception {
        String url = autoServerUrl() + ";LOCK_TIMEOUT=100"; // the URL's own lock timeout does not bound the wait
        Path versions = slowFirstRevision(4000, 5);
        RecordingOutput second = new RecordingOutput();
        try (UpgradeProcess first = UpgradeProcess.start(url, versions, 60)) {
            awaitLockHeld(url);
            long start = System.nanoTime();

            new UpgradeCommand(settings(url, versions, 60), second).run("head", Set.of());

            long waited = (System.nanoTime() - start) / 1_000_000;
            assertEquals(0, first.await(60), first.lines()::toString);
            assertEquals(5, first.lines().stream().filter(l -> l.matches("\\[\\d/5\\] Applied .*")).count(),
                    first.lines()::toString);
            assertTrue(waited >= 2000, "waited only " + waited + " ms: " + second.lines());
            assertTrue(holderPattern("Waiting for the migration lock held by ", first.pid(), "")
                    .matcher(second.lines().get(1)).matches(), second.lines()::toString);
        }
        assertTrue(second.lines().contains("Nothing to upgrade: the database is up to date at aaaa00000005 (head)."),
                second.lines()::toString);
        assertEquals(List.of("aaaa00000001", "aaaa00000002", "aaaa00000003", "aaaa00000004", "aaaa00000005"),
                column(url, "select revision from migrate_history order by id"));
        assertEquals(List.of("aaaa00000005"), column(url, "select version_num from migrate_version"));
    }

    @Test
    void lockTimeoutBoundsTheWaitAndNamesTheHolderInAnotherProcess() throws Exception {
        String url = autoServerUrl();
        Path versions = slowFirstRevision(5000, 2);
        try (UpgradeProcess first = UpgradeProcess.start(url, versions, 60)) {
            awaitLockHeld(url);
            RecordingOutput waiting = new RecordingOutput();

            LockTimeoutException e = assertThrows(LockTimeoutException.class,
                    () -> new UpgradeCommand(settings(url, versions, 1), waiting).run("head", Set.of()));

            assertTrue(holderPattern("Gave up waiting for the migration lock after 1 s; it is held by ", first.pid(),
                    ". Let that run finish, or raise migrate.lockTimeout (seconds, -1 waits forever).")
                    .matcher(e.getMessage()).matches(), e.getMessage());
            String shown = e.getMessage().replace(Environment.user() + "@" + Environment.host() + " pid " + first.pid(),
                    "deploy@ci-runner-7 pid 4242").replaceFirst("session \\d+", "session 3")
                    .replaceFirst("since [0-9T:Z-]+", "since 2026-11-25T10:30:00Z");
            ErrorCatalogDoc.assertDocumented("lock-timeout", shown);
            assertTrue(holderPattern("Waiting for the migration lock held by ", first.pid(), "")
                    .matcher(waiting.lines().get(1)).matches(), waiting.lines()::toString);
            assertEquals(0, first.await(60), first.lines()::toString);
        }
        assertEquals(List.of("aaaa00000001", "aaaa00000002"),
                column(url, "select revision from migrate_history order by id"), "only the holder's run left a trace");
    }

    /**
     * SIGKILL right after the log says a revision was applied: the reopened database holds that revision (H2 writes
     * a commit to its file up to WRITE_DELAY ms later unless the plugin makes it durable first).
     */
    @Test
    void aRevisionTheLogCalledAppliedSurvivesASigkill() throws Exception {
        RevisionFiles files = new RevisionFiles(dir.resolve("versions"));
        files.write("aaaa00000001", "", "Sleep", "CREATE ALIAS IF NOT EXISTS mt_sleep FOR "
                + "'dev.migrate.testing.Sleep.millis';", "DROP ALIAS mt_sleep;");
        for (int i = 2; i <= 30; i++) {
            files.write(String.format("aaaa%08d", i), String.format("aaaa%08d", i - 1), "Table " + i,
                    "CREATE TABLE t_" + i + " (id INT);\nINSERT INTO t_" + i + " VALUES (" + i + ");\n"
                    + "CALL mt_sleep(100);", "DROP TABLE t_" + i + ";");
        }
        for (int killAfter : new int[] {4, 9, 15}) {
            String url = "jdbc:h2:file:" + dir.resolve("crash" + killAfter);
            List<String> applied;
            try (UpgradeProcess run = UpgradeProcess.start(url, files.directory(), 60)) {
                run.awaitLine(String.format("[%d/30] Applied aaaa%08d in ", killAfter, killAfter));
                run.kill();
                applied = run.lines().stream().filter(l -> l.contains("] Applied ")).toList();
            }

            List<String> version = column(url, "select version_num from migrate_version");
            int at = Integer.parseInt(version.get(0).substring(4));
            assertTrue(at >= killAfter, "killed after the log said revision " + killAfter + " was applied, but the "
                    + "database is at " + version + "; the log said " + applied);
            assertEquals(at, column(url, "select revision from migrate_history").size());
            assertEquals(List.of(String.valueOf(killAfter)), column(url, "select id from t_" + killAfter));
            assertEquals(at - 1, column(url, "select table_name from information_schema.tables where table_name like "
                    + "'T\\_%'").size(), "tables t_2..t_" + at);
        }
    }

    /** A plain file URL cannot be shared: the second process is told why and what to use instead. */
    @Test
    void h2DatabaseInUse() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("db");
        Path versions = slowFirstRevision(4000, 1);
        try (UpgradeProcess first = UpgradeProcess.start(url, versions, 60)) {
            ErrorCatalogDoc.assertRefused("h2-database-in-use", "Cannot open the H2 database "
                    + "jdbc:h2:file:/srv/app/db: another process has it open (Database may be already in use: "
                    + "\"/srv/app/db.mv.db\"). A jdbc:h2:file: database belongs to the one process that opened it. "
                    + "Stop that process (an application, an IDE's database view, another build), or append "
                    + ";AUTO_SERVER=TRUE to the URL in every process that opens the database, that one included (the "
                    + "first to open it then serves the others), or run an H2 TCP server and use "
                    + "jdbc:h2:tcp://host:9092/<path>.", () -> new UpgradeCommand(settings(url, versions, 60),
                    new RecordingOutput()).run("head", Set.of()), List::of, m -> m.replace(dir.toString(), "/srv/app"));
            assertEquals(0, first.await(60), first.lines()::toString);
        }
        assertEquals(List.of("aaaa00000001"), column(url, "select version_num from migrate_version"));
    }

    /** CHECKPOINT SYNC needs an admin: without one, the run says once what a kill could lose, and goes on. */
    @Test
    void withoutAdminRightsTheRunWarnsOnceThatAKillMayLoseTheRevisionsReported() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("db");
        try (Connection admin = DriverManager.getConnection(url, "sa", ""); Statement s = admin.createStatement()) {
            s.execute("create user app password 'app-pw'");
            s.execute("create schema app authorization app");
        }
        RevisionFiles files = new RevisionFiles(dir.resolve("versions"));
        files.write("aaaa00000001", "", "Users", "CREATE TABLE users (id INT);", "DROP TABLE users;");
        files.write("aaaa00000002", "aaaa00000001", "Accounts", "CREATE TABLE accounts (id INT);",
                "DROP TABLE accounts;");
        RecordingOutput out = new RecordingOutput();

        new UpgradeCommand(new MigrateSettings(new DatabaseSettings(url, "app", "app-pw"), files.directory(), "app",
                null, Duration.ofSeconds(10)), out).run("head", Set.of());

        assertEquals(List.of("[1/2] Applied aaaa00000001", "WARN H2 did not confirm that the "
                + "commits of this run are on disk: Admin rights are required for this operation. H2 writes a commit "
                + "to its file up to WRITE_DELAY ms (500 by default) after it, so a revision reported applied here is "
                + "lost if this process (or the H2 server) is killed within that time. The plugin runs CHECKPOINT "
                + "SYNC after each revision, which needs an H2 admin user: connect as one (the user that created the "
                + "database is).", "[2/2] Applied aaaa00000002"),
                out.lines().stream().filter(l -> l.contains("] Applied ") || l.startsWith("WARN"))
                        .map(l -> l.replaceFirst(" in \\d+ ms$", "")).toList());
        assertEquals(List.of("aaaa00000002"), column(url, "select version_num from app.migrate_version"));

        out.clear();
        new StampCommand(new MigrateSettings(new DatabaseSettings(url, "app", "app-pw"), files.directory(), "app",
                null, Duration.ofSeconds(10)), out).run("aaaa00000001", false);
        assertEquals(List.of("WARN H2 did not confirm that the stamp is on disk: Admin rights are required for this "
                + "operation. H2 writes a commit"), out.lines().stream().filter(l -> l.startsWith("WARN"))
                .map(l -> l.substring(0, l.indexOf(" writes a commit") + 16)).toList());
    }

    private String autoServerUrl() {
        return "jdbc:h2:file:" + dir.resolve("db") + ";AUTO_SERVER=TRUE";
    }

    private static MigrateSettings settings(String url, Path versions, int lockTimeoutSeconds) {
        return new MigrateSettings(new DatabaseSettings(url, "sa", ""), versions, null, null,
                Duration.ofSeconds(lockTimeoutSeconds));
    }

    /** The line a run prints about the holder: the run in process {@code pid}, its database session and since when. */
    private static Pattern holderPattern(String before, long pid, String after) {
        return Pattern.compile(Pattern.quote(before + "'migrate-maven-plugin lock " + Environment.user() + "@"
                + Environment.host() + " pid " + pid + "' (database session ") + "\\d+, holding it since "
                + "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\\)" + Pattern.quote(after));
    }

    /** Revision 1 creates users and sleeps {@code millis} inside the lock; the others insert a row each. */
    private Path slowFirstRevision(int millis, int count) {
        RevisionFiles files = new RevisionFiles(dir.resolve("versions"));
        files.write("aaaa00000001", "", "Slow start", "CREATE TABLE users (id INT PRIMARY KEY);\n"
                + "CREATE ALIAS IF NOT EXISTS mt_sleep FOR 'dev.migrate.testing.Sleep.millis';\n"
                + "CALL mt_sleep(" + millis + ");", "DROP ALIAS mt_sleep;\nDROP TABLE users;");
        for (int i = 2; i <= count; i++) {
            files.write(String.format("aaaa%08d", i), String.format("aaaa%08d", i - 1), "Insert " + i,
                    "INSERT INTO users (id) VALUES (" + i + ");", "DELETE FROM users WHERE id = " + i + ";");
        }
        return files.directory();
    }

    /** Waits until a run holds the lock: its row names a holder, read as H2 reads uncommitted rows. */
    private static void awaitLockHeld(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.setTransactionIsolation(Connection.TRANSACTION_READ_UNCOMMITTED);
            for (int i = 0; i < 600; i++) {
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("select holder from migrate_version_lock where id = 1")) {
                    if (rs.next() && rs.getString(1) != null) {
                        return;
                    }
                } catch (SQLException notYet) {
                    // the table is not there yet
                }
                Thread.sleep(50);
            }
        }
        throw new AssertionError("the first run never took the lock");
    }

    private static List<String> column(String url, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
