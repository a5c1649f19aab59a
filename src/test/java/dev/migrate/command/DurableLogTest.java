package dev.migrate.command;

import dev.migrate.Output;
import dev.migrate.runner.MigrationFailedException;
import dev.migrate.testing.DatabaseKind;
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
import java.util.Set;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the log says was applied is durable when it is said: each "Applied" line is checked against the
 * database at the moment it is printed. (H2 file databases under SIGKILL: {@link H2FileDatabaseTest}.)
 */
class DurableLogTest {

    @TempDir
    Path dir;
    private TestDatabase db;

    @AfterEach
    void drop() {
        if (db != null) {
            db.close();
        }
    }

    /**
     * PostgreSQL commits all but the run's last revision without waiting for the WAL flush, so it reports them once
     * the last commit has flushed them all; MariaDB (innodb_flush_log_at_trx_commit=1) and H2 (after CHECKPOINT
     * SYNC) report each revision as soon as it ran.
     */
    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aRevisionIsReportedOnlyOnceItsCommitIsDurable(DatabaseKind kind) {
        db = TestDatabase.create(kind);
        RevisionFiles files = new RevisionFiles(dir.resolve("versions"));
        String sync = kind == DatabaseKind.POSTGRESQL ? "current_setting('synchronous_commit')" : "'n/a'";
        files.write("aaaa00000001", "", "Seen 1", "CREATE TABLE seen (rev INT, sync VARCHAR(10));\n"
                + "INSERT INTO seen VALUES (1, " + sync + ");", "DROP TABLE seen;");
        files.write("aaaa00000002", "aaaa00000001", "Seen 2", "INSERT INTO seen VALUES (2, " + sync + ");",
                "DELETE FROM seen WHERE rev = 2;");
        files.write("aaaa00000003", "aaaa00000002", "Seen 3", "INSERT INTO seen VALUES (3, " + sync + ");",
                "DELETE FROM seen WHERE rev = 3;");
        Seen seen = new Seen(rev -> db.column("select count(*) from seen").get(0));

        new UpgradeCommand(settings(), seen).run("head", Set.of());

        assertEquals(kind == DatabaseKind.POSTGRESQL ? List.of("3", "3", "3") : List.of("1", "2", "3"), seen.atLine);
        if (kind == DatabaseKind.POSTGRESQL) {
            assertEquals(List.of("off", "off", "on"), db.column("select sync from seen order by rev"));
        }
    }

    @Test
    void onPostgresqlWhatRanBeforeAFailureIsReportedOnceTheWalIsFlushedPastIt() {
        db = TestDatabase.create(DatabaseKind.POSTGRESQL);
        RevisionFiles files = new RevisionFiles(dir.resolve("versions"));
        files.write("aaaa00000001", "", "Seen 1", "CREATE TABLE seen (rev INT, lsn pg_lsn);\n"
                + "INSERT INTO seen VALUES (1, pg_current_wal_insert_lsn());", "DROP TABLE seen;");
        files.write("aaaa00000002", "aaaa00000001", "Seen 2",
                "INSERT INTO seen VALUES (2, pg_current_wal_insert_lsn());", "DELETE FROM seen WHERE rev = 2;");
        files.write("aaaa00000003", "aaaa00000002", "Broken", "INSERT INTO seen VALUES (3, 'not an lsn');",
                "DELETE FROM seen WHERE rev = 3;");
        Seen seen = new Seen(rev -> db.column("select pg_current_wal_flush_lsn() >= lsn from seen where rev = "
                + rev).get(0));

        MigrationFailedException e = assertThrows(MigrationFailedException.class,
                () -> new UpgradeCommand(settings(), seen).run("head", Set.of()));

        assertTrue(e.getMessage().contains("The revision was rolled back; the database is still at aaaa00000002."),
                e.getMessage());
        assertEquals(List.of("t", "t"), seen.atLine,
                "each line was printed once the WAL was flushed past its revision");
        assertEquals(List.of("[1/3] Applied aaaa00000001", "[2/3] Applied aaaa00000002"),
                seen.lines.stream().map(l -> l.replaceFirst(" in \\d+ ms$", "")).toList());
        assertEquals(List.of("aaaa00000002"), db.column("select version_num from migrate_version"));
    }

    @Test
    void onPostgresqlALongRunWaitsForTheDiskAtLeastEverySecondAndReportsAsItGoes() {
        db = TestDatabase.create(DatabaseKind.POSTGRESQL);
        RevisionFiles files = new RevisionFiles(dir.resolve("versions"));
        files.write("aaaa00000001", "", "Seen 1", "CREATE TABLE seen (rev INT, sync TEXT);\n"
                + "INSERT INTO seen VALUES (1, current_setting('synchronous_commit'));\nSELECT pg_sleep(0.4);",
                "DROP TABLE seen;");
        for (int i = 2; i <= 6; i++) {
            files.write(String.format("aaaa%08d", i), String.format("aaaa%08d", i - 1), "Seen " + i,
                    "INSERT INTO seen VALUES (" + i + ", current_setting('synchronous_commit'));\n"
                    + "SELECT pg_sleep(0.4);", "DELETE FROM seen WHERE rev = " + i + ";");
        }
        Seen seen = new Seen(rev -> db.column("select count(*) from seen").get(0));

        new UpgradeCommand(settings(), seen).run("head", Set.of());

        List<String> sync = db.column("select sync from seen order by rev");
        assertEquals("off", sync.get(0));
        assertTrue(sync.subList(1, 5).contains("on"), "a commit waited for the disk within the run: " + sync);
        assertEquals("on", sync.get(5));
        assertTrue(Integer.parseInt(seen.atLine.get(0)) < 6, "the first revision was reported before the last ran: "
                + seen.atLine);
        assertEquals(6, seen.lines.size());
    }

    private MigrateSettings settings() {
        return new MigrateSettings(db.settings(), dir.resolve("versions"), null, null, Duration.ofSeconds(20));
    }

    /** Keeps each "Applied" line and what the database said when it was printed. */
    private static final class Seen implements Output {

        private final Function<Integer, String> probe;
        final List<String> lines = Collections.synchronizedList(new ArrayList<>());
        final List<String> atLine = Collections.synchronizedList(new ArrayList<>());

        Seen(Function<Integer, String> probe) {
            this.probe = probe;
        }

        @Override
        public void info(String line) {
            if (line.contains("] Applied ")) {
                lines.add(line);
                atLine.add(probe.apply(lines.size()));
            }
        }

        @Override
        public void warn(String line) {
            throw new AssertionError("unexpected warning: " + line);
        }

        @Override
        public void debug(String line) {
        }
    }
}
