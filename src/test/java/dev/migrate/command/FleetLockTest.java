package dev.migrate.command;

import dev.migrate.dialect.LockTimeoutException;
import dev.migrate.runner.FleetFailedException;
import dev.migrate.runner.FleetOptions;
import dev.migrate.runner.FleetRunner;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.FleetProcess;
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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A fleet's connections and locks: at most {@code parallel} connections at the server (PostgreSQL and MariaDB hold
 * each tenant's lock on its one connection; H2's lock needs a second, so an H2 tenant counts twice), a tenant that
 * another run holds waits or is refused as a single run is, a single run waits for a fleet's tenant, and the lock
 * goes with the run on success, failure and SIGTERM.
 */
class FleetLockTest {

    private static final int TENANTS = 8;

    @TempDir
    Path dir;
    private TestDatabase db;

    @AfterEach
    void drop() {
        if (db != null) {
            db.close();
        }
    }

    private MigrateSettings settings(String schema, Duration lockTimeout) {
        return new MigrateSettings(db.settings(), dir.resolve("versions"), schema, null, lockTimeout);
    }

    /** Three revisions; the first sleeps {@code seconds} in every tenant. */
    private void revisions(String seconds) {
        String sleep = switch (db.kind()) {
            case POSTGRESQL -> "SELECT pg_sleep(" + seconds + ");";
            case MARIADB -> "SELECT SLEEP(" + seconds + ");";
            case H2 -> "CREATE ALIAS IF NOT EXISTS mt_sleep FOR 'dev.migrate.testing.Sleep.millis';\nCALL mt_sleep("
                    + (int) (Double.parseDouble(seconds) * 1000) + ");";
        };
        RevisionFiles files = new RevisionFiles(dir.resolve("versions"));
        files.write("aaaa00000001", "", "Create users", "CREATE TABLE users (id INT PRIMARY KEY);\n" + sleep,
                "DROP TABLE users;");
        files.write("bbbb00000002", "aaaa00000001", "Create accounts", "CREATE TABLE accounts (id INT PRIMARY KEY);",
                "DROP TABLE accounts;");
        files.write("cccc00000003", "bbbb00000002", "Create orders", "CREATE TABLE orders (id INT PRIMARY KEY);",
                "DROP TABLE orders;");
    }

    private List<String> tenants(int count) {
        List<String> tenants = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String name = db.createNamespace(String.format("t%02d", i));
            tenants.add(db.kind() == DatabaseKind.H2 ? name.toUpperCase(Locale.ROOT) : name);
        }
        return tenants;
    }

    private List<FleetRunner.TenantRun> fleet(int parallel, Duration lockTimeout, RecordingOutput out) {
        return new FleetCommand(settings(null, lockTimeout), new FleetOptions(List.of(db.namespace("t") + "*"), null,
                null, parallel, false, null), (id, url) -> null, out).run(FleetGoal.upgrade("head", Set.of()));
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aFleetNeverHoldsMoreThanParallelConnections(DatabaseKind kind) throws Exception {
        db = TestDatabase.create(kind);
        revisions("0.3");
        List<String> tenants = tenants(TENANTS);
        // H2's lock is an open transaction on a connection of its own: its tenants count two, two at a time of 4
        int parallel = kind == DatabaseKind.H2 ? 4 : 2;
        RecordingOutput out = new RecordingOutput();

        int peak;
        try (ConnectionSampler sampler = new ConnectionSampler()) {
            fleet(parallel, Duration.ofSeconds(20), out);
            peak = sampler.peak();
        }

        assertTrue(peak <= parallel, "peak " + peak + " connections at parallel " + parallel);
        assertTrue(peak >= 2, "the sampler saw " + peak + " connections: tenants never ran at once?");
        for (String tenant : tenants) {
            assertEquals(List.of("cccc00000003"), db.column("select version_num from " + tenant
                    + ".migrate_version"));
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aTenantThatAnotherRunHoldsWaitsForItAndThenFindsItDone(DatabaseKind kind) throws Exception {
        db = TestDatabase.create(kind);
        revisions("2");
        List<String> tenants = tenants(4);
        String held = tenants.get(0);
        CompletableFuture<?> single = CompletableFuture.runAsync(() -> new UpgradeCommand(settings(held,
                Duration.ofSeconds(60)), new RecordingOutput()).run("head", Set.of()));
        awaitLock(held, true);
        RecordingOutput out = new RecordingOutput();

        List<FleetRunner.TenantRun> runs = fleet(2, Duration.ofSeconds(60), out);
        single.get();

        FleetRunner.TenantRun waited = runs.stream().filter(r -> r.tenant().name().equals(held)).findFirst()
                .orElseThrow();
        assertEquals(FleetRunner.Result.OK, waited.result());
        assertEquals(0, waited.outcome().revisions(), "the single run had applied everything");
        assertTrue(out.lines().stream().anyMatch(l -> l.startsWith(held + ": Waiting for the migration lock held by ")),
                out.lines()::toString);
        assertEquals(List.of("3"), db.column("select count(*) from " + held + ".migrate_history"));
        for (String tenant : tenants) {
            assertEquals(List.of("cccc00000003"), db.column("select version_num from " + tenant
                    + ".migrate_version"));
            assertFalse(lockHeld(tenant), tenant);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aTenantThatAnotherRunHoldsPastTheLockTimeoutFailsAndTheOthersFinish(DatabaseKind kind) throws Exception {
        db = TestDatabase.create(kind);
        revisions("3");
        List<String> tenants = tenants(3);
        String held = tenants.get(0);
        CompletableFuture<?> single = CompletableFuture.runAsync(() -> new UpgradeCommand(settings(held,
                Duration.ofSeconds(60)), new RecordingOutput()).run("head", Set.of()));
        awaitLock(held, true);
        RecordingOutput out = new RecordingOutput();

        FleetFailedException e = assertThrows(FleetFailedException.class, () -> fleet(2, Duration.ofSeconds(1), out));
        single.get();

        assertEquals(List.of(held), e.failed());
        String holderShown = kind == DatabaseKind.MARIADB ? "connection " : "'migrate-maven-plugin lock ";
        assertTrue(out.lines().stream().anyMatch(l -> l.startsWith("WARN " + held + ": Gave up waiting for the "
                + "migration lock after 1 s; it is held by " + holderShown)), out.lines()::toString);
        assertEquals(List.of("3"), db.column("select count(*) from " + held + ".migrate_history"));
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aSingleRunWaitsForTheLockOfAFleetsTenantAndTheLockGoesWithTheTenantsRunOkOrFailed(DatabaseKind kind)
            throws Exception {
        db = TestDatabase.create(kind);
        revisions("3");
        List<String> tenants = tenants(2);
        String failing = tenants.get(1);
        new UpgradeCommand(settings(failing, Duration.ofSeconds(20)), new RecordingOutput()).run("aaaa00000001",
                Set.of());
        db.execute("create table " + failing + ".orders (id int)"); // its cccc00000003 fails
        CompletableFuture<List<FleetRunner.TenantRun>> fleet = CompletableFuture.supplyAsync(
                () -> fleet(2, Duration.ofSeconds(20), new RecordingOutput()));
        awaitLock(tenants.get(0), true);
        RecordingOutput single = new RecordingOutput();

        LockTimeoutException e = assertThrows(LockTimeoutException.class, () -> new UpgradeCommand(
                settings(tenants.get(0), Duration.ofSeconds(1)), single).run("head", Set.of()));

        // PostgreSQL: the lock is on the tenant's work connection, named "run"; H2: on a lock connection of its own
        String holderShown = switch (kind) {
            case POSTGRESQL -> "'migrate-maven-plugin run ";
            case MARIADB -> "connection ";
            case H2 -> "'migrate-maven-plugin lock ";
        };
        assertTrue(e.getMessage().startsWith("Gave up waiting for the migration lock after 1 s; it is held by "
                + holderShown), e.getMessage());
        FleetFailedException failed = assertThrows(FleetFailedException.class, () -> {
            try {
                fleet.join();
            } catch (java.util.concurrent.CompletionException wrapped) {
                throw wrapped.getCause();
            }
        });
        assertEquals(List.of(failing), failed.failed());
        for (String tenant : tenants) {
            assertFalse(lockHeld(tenant), tenant + " still locked after the fleet");
        }
        assertEquals(List.of("cccc00000003"), db.column("select version_num from " + tenants.get(0)
                + ".migrate_version"));
        assertEquals(List.of("bbbb00000002"), db.column("select version_num from " + failing + ".migrate_version"));
    }

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = {"POSTGRESQL", "MARIADB"})
    void aFleetEndedBySigtermLeavesNoLockBehindAndARerunCompletes(DatabaseKind kind) throws Exception {
        db = TestDatabase.create(kind);
        revisions("3");
        List<String> tenants = tenants(3);

        try (FleetProcess process = FleetProcess.start(db.settings(), dir.resolve("versions"),
                db.namespace("t") + "*", 2)) {
            awaitLock(tenants.get(0), true);
            process.terminate(); // SIGTERM, inside the first revision of two tenants
        }

        // the server ends the session, and its lock, once the statement it was running finds the client gone
        for (String tenant : tenants) {
            awaitLock(tenant, false);
        }
        RecordingOutput out = new RecordingOutput();
        List<String> failed = List.of();
        try {
            fleet(3, Duration.ofSeconds(1), out);
        } catch (FleetFailedException e) {
            failed = e.failed();
        }
        assertTrue(out.lines().stream().noneMatch(l -> l.contains("Gave up waiting for the migration lock")),
                out.lines()::toString);
        // MariaDB: a revision cut short may be reported as one that did not complete, never guessed
        assertTrue(kind == DatabaseKind.MARIADB || failed.isEmpty(), out.lines()::toString);
        for (String tenant : tenants) {
            if (failed.contains(tenant)) {
                assertTrue(out.lines().stream().anyMatch(l -> l.startsWith("WARN " + tenant + ": ")
                        && l.contains("did not complete")), out.lines()::toString);
            } else {
                assertEquals(List.of("cccc00000003"), db.column("select version_num from " + tenant
                        + ".migrate_version"));
            }
        }
    }

    /** Waits until the migration lock of {@code tenant} is held ({@code held}) or free. */
    private void awaitLock(String tenant, boolean held) throws Exception {
        for (int i = 0; i < 500; i++) {
            if (lockHeld(tenant) == held) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the lock of " + tenant + " is " + (held ? "never taken" : "still held"));
    }

    /** Whether a run holds the migration lock of {@code tenant}, as another session sees it. */
    private boolean lockHeld(String tenant) throws SQLException {
        switch (db.kind()) {
            case POSTGRESQL: {
                long key = lockKey(tenant);
                return !db.column("select count(*) from pg_locks where locktype = 'advisory' and granted and "
                        + "classid::bigint = " + (key >>> 32) + " and objid::bigint = " + (key & 0xffffffffL)
                        + " and objsubid = 1").get(0).equals("0");
            }
            case MARIADB:
                return db.column("select is_used_lock('migrate:" + tenant + ".migrate_version') is not null")
                        .get(0).equals("1");
            default:
                // the holder's row names it before it commits; H2 shows it under READ UNCOMMITTED
                try (Connection c = db.connect()) {
                    c.setTransactionIsolation(Connection.TRANSACTION_READ_UNCOMMITTED);
                    try (Statement s = c.createStatement();
                         ResultSet rs = s.executeQuery("select holder from " + tenant
                                 + ".migrate_version_lock where id = 1")) {
                        return rs.next() && rs.getString(1) != null;
                    } catch (SQLException notYet) {
                        return false; // the lock table is not there yet
                    }
                }
        }
    }

    /** The advisory lock key of a tenant's version table, as the plugin derives it. */
    private static long lockKey(String tenant) {
        try {
            return ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(
                    ("migrate:" + tenant + ".migrate_version").getBytes(StandardCharsets.UTF_8))).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Counts the connections the fleet holds at the server every few milliseconds, on a connection of its own, and
     * keeps the peak: PostgreSQL's sessions named after this JVM (the plugin names every connection with its pid),
     * MariaDB's sessions in the test's databases, H2's sessions of the in-memory database but the sampler's.
     */
    private final class ConnectionSampler implements AutoCloseable {
        private final AtomicInteger peak = new AtomicInteger();
        private final AtomicBoolean stop = new AtomicBoolean();
        private final Connection connection;
        private final Thread thread;
        private final int baseline;

        ConnectionSampler() throws SQLException {
            String sql = switch (db.kind()) {
                case POSTGRESQL -> "select count(*) from pg_stat_activity where application_name like "
                        + "'migrate-maven-plugin % pid " + ProcessHandle.current().pid() + "'";
                case MARIADB -> "select count(*) from information_schema.processlist where db like '"
                        + db.schema() + "%'";
                case H2 -> "select count(*) from information_schema.sessions";
            };
            connection = db.kind() == DatabaseKind.H2 ? db.connect() : TestDatabase.serverConnection(db.kind());
            baseline = count(sql);
            thread = new Thread(() -> {
                while (!stop.get()) {
                    try {
                        peak.accumulateAndGet(count(sql) - baseline, Math::max);
                        Thread.sleep(5);
                    } catch (SQLException | InterruptedException e) {
                        return;
                    }
                }
            }, "connection-sampler");
            thread.start();
        }

        private int count(String sql) throws SQLException {
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getInt(1);
            }
        }

        int peak() {
            return peak.get();
        }

        @Override
        public void close() throws Exception {
            stop.set(true);
            thread.join();
            connection.close();
        }
    }
}
