package dev.migrate.runner;

import dev.migrate.Output;
import dev.migrate.command.MigrateSettings;
import dev.migrate.command.UpgradeCommand;
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
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a user sees while revisions run: each one before it starts, a long statement while it runs, the total. */
class ProgressTest {

    @TempDir
    Path dir;
    private TestDatabase db;

    @AfterEach
    void drop() {
        System.clearProperty(Progress.INTERVAL_PROPERTY);
        if (db != null) {
            db.close();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aRevisionIsAnnouncedBeforeItStartsAndALongStatementSaysItIsStillRunning(DatabaseKind kind) {
        db = TestDatabase.create(kind);
        RevisionFiles files = new RevisionFiles(dir.resolve("versions"));
        String slow = switch (kind) {
            case POSTGRESQL -> "CREATE TABLE slow (id INT);\nSELECT pg_sleep(1.5);";
            case MARIADB -> "CREATE TABLE slow (id INT);\nSELECT SLEEP(1.5);";
            case H2 -> "CREATE ALIAS IF NOT EXISTS mt_sleep FOR 'dev.migrate.testing.Sleep.millis';\n"
                    + "CALL mt_sleep(1500);";
        };
        files.write("aaaa00000001", "", "Slow", slow, "DROP TABLE slow;");
        files.write("aaaa00000002", "aaaa00000001", "Quick", "CREATE TABLE quick (id INT);", "DROP TABLE quick;");
        System.setProperty(Progress.INTERVAL_PROPERTY, "400");
        Timed out = new Timed();

        new UpgradeCommand(new MigrateSettings(db.settings(), files.directory(), null, null, Duration.ofSeconds(20)),
                out).run("head", Set.of());

        List<String> lines = out.lines.stream().map(l -> l.replaceAll(" in \\d+(\\.\\d)? m?s", " in T")
                .replaceAll(": (\\d+ ms|\\d\\.\\d s)$", ": T").replaceAll(", line \\d+\\)", ", line L)")).toList();
        int header = lines.indexOf("Upgrading schema " + db.schema().toLowerCase(Locale.ROOT)
                + " from <base> to aaaa00000002: 2 revisions");
        assertTrue(header >= 0, lines::toString);
        List<String> progress = lines.subList(header, lines.size());
        String still = "[1/2] Still running aaaa00000001 (statement 2 of 2, line L): T";
        assertEquals("[1/2] Running upgrade <base> -> aaaa00000001, Slow", progress.get(1), lines::toString);
        assertEquals(still, progress.get(2), lines::toString);
        int stills = (int) progress.stream().filter(still::equals).count();
        assertTrue(stills >= 2 && stills <= 4, "every 400 ms of 1.5 s: " + lines);
        assertEquals(List.of(still), progress.subList(2, 2 + stills).stream().distinct().toList());
        assertEquals(List.of("[2/2] Running upgrade aaaa00000001 -> aaaa00000002, Quick"),
                progress.stream().filter(l -> l.startsWith("[2/2] Running")).toList());
        assertEquals(List.of("[1/2] Applied aaaa00000001 in T", "[2/2] Applied aaaa00000002 in T"),
                progress.stream().filter(l -> l.contains("] Applied ")).toList());
        assertEquals(List.of("Upgraded 2 revisions in T.", "Database is at aaaa00000002 (head)."),
                progress.subList(progress.size() - 2, progress.size()));
        assertEquals(stills + 7, progress.size(), lines::toString);

        long announced = out.at(l -> l.startsWith("[1/2] Running"));
        long firstStill = out.at(l -> l.startsWith("[1/2] Still running"));
        long applied = out.at(l -> l.startsWith("[1/2] Applied"));
        assertTrue(firstStill - announced >= 350, "the first still-running line came one interval after the start");
        assertTrue(applied - announced >= 1500, "the revision was announced before its 1.5 s sleep, "
                + (applied - announced) + " ms before it was applied");
    }

    @Test
    void aRevisionRunAsOneBatchSaysItIsStillRunningWithoutAStatement() {
        db = TestDatabase.create(DatabaseKind.POSTGRESQL);
        RevisionFiles files = new RevisionFiles(dir.resolve("versions"));
        files.write("aaaa00000001", "", "Slow", "CREATE TABLE slow (id INT);\nDO $$ BEGIN PERFORM pg_sleep(1); END $$;",
                "DROP TABLE slow;");
        System.setProperty(Progress.INTERVAL_PROPERTY, "400");
        Timed out = new Timed();

        new UpgradeCommand(new MigrateSettings(db.settings(), files.directory(), null, null, Duration.ofSeconds(20)),
                out).run("head", Set.of());

        assertTrue(out.lines.stream().anyMatch(l -> l.matches("\\[1/1\\] Still running aaaa00000001: \\d+ ms")),
                out.lines::toString);
        assertTrue(out.lines.contains("[1/1] Running upgrade <base> -> aaaa00000001, Slow"), out.lines::toString);
    }

    @Test
    void timesReadAsUsersCountThem() {
        assertEquals("12 ms", Progress.elapsed(12));
        assertEquals("999 ms", Progress.elapsed(999));
        assertEquals("1.0 s", Progress.elapsed(1000));
        assertEquals("10.3 s", Progress.elapsed(10_340));
        assertEquals("59.9 s", Progress.elapsed(59_940));
        assertEquals("2 min 5 s", Progress.elapsed(125_900));
    }

    @Test
    void theIntervalIsMillisecondsAndAnythingElseMeansTenSeconds() {
        assertEquals(250, Progress.interval("250"));
        assertEquals(10_000, Progress.interval(null));
        assertEquals(10_000, Progress.interval("0"));
        assertEquals(10_000, Progress.interval("2s"));
    }

    /** Keeps each line with the millisecond it was printed at. */
    private static final class Timed implements Output {

        final List<String> lines = new ArrayList<>();
        private final List<Long> times = new ArrayList<>();
        private final long start = System.nanoTime();

        @Override
        public synchronized void info(String line) {
            lines.add(line);
            times.add((System.nanoTime() - start) / 1_000_000);
        }

        @Override
        public synchronized void warn(String line) {
            info("WARN " + line);
        }

        @Override
        public void debug(String line) {
        }

        synchronized long at(Predicate<String> line) {
            for (int i = 0; i < lines.size(); i++) {
                if (line.test(lines.get(i))) {
                    return times.get(i);
                }
            }
            throw new AssertionError("no such line: " + lines);
        }
    }
}
