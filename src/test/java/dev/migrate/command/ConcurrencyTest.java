package dev.migrate.command;

import dev.migrate.dialect.LockTimeoutException;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.RecordingOutput;
import dev.migrate.testing.RevisionFiles;
import dev.migrate.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two runs at once: the lock makes the second wait, and it then finds nothing left to do (H2: two threads on one
 * in-memory database; two processes on an AUTO_SERVER file database: {@link H2FileDatabaseTest}).
 */
class ConcurrencyTest {

    @TempDir
    Path dir;
    private TestDatabase db;

    @AfterEach
    void drop() {
        if (db != null) {
            db.close();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aSecondUpgradeWaitsForTheLockAndThenFindsTheDatabaseUpToDate(DatabaseKind kind) throws Exception {
        db = TestDatabase.create(kind);
        RevisionFiles files = slowFirstRevision(kind, "1.5");
        for (int i = 2; i <= 10; i++) {
            files.write(String.format("aaaa%08d", i), String.format("aaaa%08d", i - 1), "Insert " + i,
                    "INSERT INTO users (id) VALUES (" + i + ");", "DELETE FROM users WHERE id = " + i + ";");
        }
        MigrateSettings settings = new MigrateSettings(db.settings(), dir.resolve("versions"), null, null,
                Duration.ofSeconds(60));
        RecordingOutput first = new RecordingOutput();
        RecordingOutput second = new RecordingOutput();

        CompletableFuture<?> a = CompletableFuture.runAsync(() -> new UpgradeCommand(settings, first).run("head",
                Set.of()));
        waitUntilLockIsHeld(kind);
        CompletableFuture<?> b = CompletableFuture.runAsync(() -> new UpgradeCommand(settings, second).run("head",
                Set.of()));
        a.get();
        b.get();

        assertEquals(10, first.lines().stream().filter(l -> l.contains("] Running upgrade ")).count());
        assertTrue(second.lines().get(1).startsWith("Waiting for the migration lock held by "), second.lines()::toString);
        assertTrue(second.lines().contains("Nothing to upgrade: the database is up to date at aaaa00000010 (head)."),
                second.lines()::toString);
        assertEquals(10, db.column("select revision from migrate_history where direction = 'upgrade'").size());
        assertEquals(10, db.column("select distinct revision from migrate_history").size());
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void lockTimeoutBoundsTheWaitWithAClearErrorAndTouchesNothing(DatabaseKind kind) throws Exception {
        db = TestDatabase.create(kind);
        slowFirstRevision(kind, "4");
        MigrateSettings patient = new MigrateSettings(db.settings(), dir.resolve("versions"), null, null,
                Duration.ofSeconds(60));
        MigrateSettings hasty = new MigrateSettings(db.settings(), dir.resolve("versions"), null, null,
                Duration.ofSeconds(1));
        CompletableFuture<?> holder = CompletableFuture.runAsync(() -> new UpgradeCommand(patient,
                new RecordingOutput()).run("head", Set.of()));
        waitUntilLockIsHeld(kind);
        RecordingOutput waiting = new RecordingOutput();

        LockTimeoutException e = assertThrows(LockTimeoutException.class,
                () -> new UpgradeCommand(hasty, waiting).run("head", Set.of()));
        holder.get();

        String holderShown = kind == DatabaseKind.MARIADB ? "connection " : "'migrate-maven-plugin lock ";
        assertTrue(e.getMessage().startsWith("Gave up waiting for the migration lock after 1 s; it is held by "
                + holderShown), e.getMessage());
        assertTrue(e.getMessage().endsWith(". Let that run finish, or raise migrate.lockTimeout (seconds, -1 waits "
                + "forever)."), e.getMessage());
        assertTrue(waiting.lines().stream().anyMatch(l -> l.startsWith("Waiting for the migration lock held by ")),
                waiting.lines()::toString);
        assertEquals(List.of("aaaa00000001"), db.column("select revision from migrate_history"),
                "only the holder's run left a trace");
    }

    /** Revision aaaa00000001 creates users and then sleeps {@code seconds} inside the lock. */
    private RevisionFiles slowFirstRevision(DatabaseKind kind, String seconds) {
        String sleep = switch (kind) {
            case POSTGRESQL -> "SELECT pg_sleep(" + seconds + ");";
            case MARIADB -> "SELECT SLEEP(" + seconds + ");";
            case H2 -> "CREATE ALIAS IF NOT EXISTS mt_sleep FOR 'dev.migrate.testing.Sleep.millis';\nCALL mt_sleep("
                    + (int) (Double.parseDouble(seconds) * 1000) + ");";
        };
        RevisionFiles files = new RevisionFiles(dir.resolve("versions"));
        files.write("aaaa00000001", "", "Slow start", "CREATE TABLE users (id INT PRIMARY KEY);\n" + sleep,
                "DROP TABLE users;");
        return files;
    }

    private void waitUntilLockIsHeld(DatabaseKind kind) throws Exception {
        if (kind == DatabaseKind.H2) {
            // the holder's row names it before it commits; H2 shows it under READ UNCOMMITTED
            try (Connection c = db.connect()) {
                c.setTransactionIsolation(Connection.TRANSACTION_READ_UNCOMMITTED);
                for (int i = 0; i < 200; i++) {
                    try (var s = c.createStatement();
                         var rs = s.executeQuery("select holder from migrate_version_lock where id = 1")) {
                        if (rs.next() && rs.getString(1) != null) {
                            return;
                        }
                    } catch (SQLException notYet) {
                        // the lock table is not there yet
                    }
                    Thread.sleep(20);
                }
            }
            throw new AssertionError("the first run never took the lock");
        }
        // this test's own lock only: other users of the server may hold advisory locks of their own
        String sql = kind == DatabaseKind.POSTGRESQL
                ? "select count(*) from pg_locks where locktype = 'advisory' and granted and classid::bigint = "
                + (lockKey() >>> 32) + " and objid::bigint = " + (lockKey() & 0xffffffffL) + " and objsubid = 1"
                : "select count(is_used_lock('migrate:" + db.schema() + ".migrate_version'))";
        for (int i = 0; i < 200; i++) {
            if (!db.column(sql).get(0).equals("0")) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the first run never took the lock");
    }

    /** The advisory lock key of this test's version table, as the plugin derives it. */
    private long lockKey() {
        try {
            return ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(
                    ("migrate:" + db.schema() + ".migrate_version").getBytes(StandardCharsets.UTF_8)))
                    .getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
