package dev.migrate.testing;

import dev.migrate.command.CurrentCommand;
import dev.migrate.command.MigrateSettings;
import dev.migrate.command.StampCommand;
import dev.migrate.command.UpgradeCommand;
import dev.migrate.database.DatabaseSettings;
import dev.migrate.runner.IncompleteRevisionException;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The crash harness for databases where a revision is not atomic (MariaDB, H2), run by the invoker cases
 * {@code crash-safety-mariadb} and {@code crash-safety-h2}: start {@code mvn migrate:upgrade} over many revisions of
 * four statements each (a table, a pause, a row, a pause), SIGKILL it at a random moment, and check that what
 * {@code current} then says is true of the database (the version table, an incomplete revision and how many of its
 * statements may be applied, against the tables and rows that exist), and that a rerun either completes or refuses
 * with the documented message; a refused one is settled as docs/errors.md says (undo by hand, stamp the revision's
 * start) and must then complete. {@code current}, the rerun and the stamp run in this JVM, through the same command
 * classes the goals call, so that 20 trials fit in a few minutes.
 */
public final class CrashHarness {

    /** The database under test. */
    public interface Target {
        /** The plugin's URL for the database, which the harness controls. */
        String url();

        String user();

        /** Drops and recreates the database, empty but for what the revisions need (H2: a SLEEP alias). */
        void reset() throws SQLException, IOException;

        Connection connect() throws SQLException;

        /** How a table name is stored: {@code t_1} or {@code T_1}. */
        String stored(String table);
    }

    /** The counts the harness reports. */
    public static final class Figures {
        public int trials;
        public int beforeFirst;
        public int midRevision;
        public int betweenRevisions;
        public int afterLast;
        public int truthful;
        public int rerunCompleted;
        public int rerunRefusedAsDocumented;
        public int settledAndCompleted;
        public int logClaimedLost;
        public final List<String> problems = new ArrayList<>();

        public int rerunOk() {
            return rerunCompleted + rerunRefusedAsDocumented;
        }

        @Override
        public String toString() {
            return trials + " trials; killed before the first revision " + beforeFirst + ", mid-revision "
                    + midRevision + ", between revisions " + betweenRevisions + ", after the last " + afterLast
                    + "; current truthful " + truthful + "/" + trials + "; rerun completed " + rerunCompleted
                    + ", refused with the documented message " + rerunRefusedAsDocumented + " (settled by hand and a "
                    + "stamp, then completed: " + settledAndCompleted + "); revisions the log called applied and "
                    + "the database lost: " + logClaimedLost;
        }
    }

    private static final Pattern RAN = Pattern.compile("\\[INFO\\] \\[\\d+/\\d+\\] Applied dead(\\d{8}) in .*");

    private final File basedir;
    private final Target target;
    private final int revisions;
    private final List<String> mvn;

    public CrashHarness(File basedir, Target target, int revisions, List<String> mvn) {
        this.basedir = basedir;
        this.target = target;
        this.revisions = revisions;
        this.mvn = mvn;
    }

    /** The revision files: {@code revisions} revisions of four statements, {@code sleep} the pause statement. */
    public static void writeRevisions(File basedir, int revisions, String sleep) throws IOException {
        File dir = new File(basedir, "migrations/versions");
        Files.createDirectories(dir.toPath());
        for (int n = 1; n <= revisions; n++) {
            String id = String.format("dead%08d", n);
            String parent = n == 1 ? "" : String.format("dead%08d", n - 1);
            String text = "-- Step " + n + "\n--\n-- Revision ID: " + id + "\n-- Revises: " + parent
                    + "\n-- Create Date: 2026-11-01 09:00:00Z\n\n-- migrate:upgrade\n"
                    + "CREATE TABLE t_" + n + " (id INT PRIMARY KEY);\n" + sleep + ";\n"
                    + "INSERT INTO t_" + n + " (id) VALUES (" + n + ");\n" + sleep + ";\n\n"
                    + "-- migrate:downgrade\nDROP TABLE t_" + n + ";\n";
            Files.writeString(new File(dir, String.format("20261101_%06d_%s_step_%d.sql", n, id, n)).toPath(), text,
                    StandardCharsets.UTF_8);
        }
    }

    private Process upgrade(String log) throws IOException {
        List<String> command = new ArrayList<>(mvn);
        command.add("migrate:upgrade");
        return new ProcessBuilder(command).directory(basedir).redirectErrorStream(true)
                .redirectOutput(new File(basedir, log)).start();
    }

    /** Waits until the run announced its database (it is about to lock), or ended; returns when. */
    private long awaitDatabase(Process process, String log) throws IOException, InterruptedException {
        File file = new File(basedir, log);
        long deadline = System.currentTimeMillis() + 120_000;
        while (process.isAlive() && System.currentTimeMillis() < deadline) {
            if (file.exists() && Files.readString(file.toPath(), StandardCharsets.UTF_8).contains("] Database: ")) {
                break;
            }
            Thread.sleep(5);
        }
        return System.currentTimeMillis();
    }

    /** One uninterrupted run: how long it runs after announcing its database. */
    public int calibrate() throws Exception {
        target.reset();
        Process process = upgrade("calibration.log");
        long announced = awaitDatabase(process, "calibration.log");
        if (process.waitFor() != 0) {
            throw new AssertionError("the calibration run failed:\n" + Files.readString(new File(basedir,
                    "calibration.log").toPath()));
        }
        return Math.max(200, (int) (System.currentTimeMillis() - announced));
    }

    public Figures run(int trials, long seed, int runMillis) throws Exception {
        Random random = new Random(seed);
        Figures figures = new Figures();
        for (int trial = 1; trial <= trials; trial++) {
            target.reset();
            String log = "crash-" + trial + ".log";
            Process process = upgrade(log);
            long announced = awaitDatabase(process, log);
            Thread.sleep(random.nextInt(runMillis));
            if (!process.isAlive()) {
                // the run was faster than the calibration run (a cold one): aim the next kills earlier
                runMillis = Math.max(200, (int) (System.currentTimeMillis() - announced) * 3 / 4);
            }
            process.destroyForcibly(); // SIGKILL
            process.waitFor();
            figures.trials++;
            try {
                trial(trial, log, figures);
            } catch (Exception e) {
                figures.problems.add("trial " + trial + ": the harness could not check it: " + e);
            }
        }
        return figures;
    }

    private MigrateSettings settings() {
        return new MigrateSettings(new DatabaseSettings(target.url(), target.user(), ""),
                new File(basedir, "migrations/versions").toPath(), null, null, Duration.ofSeconds(20));
    }

    private void trial(int trial, String log, Figures figures) throws Exception {
        State state = read();
        int loggedApplied = 0;
        for (String line : Files.readAllLines(new File(basedir, log).toPath(), StandardCharsets.UTF_8)) {
            Matcher m = RAN.matcher(line);
            if (m.matches()) {
                loggedApplied = Integer.parseInt(m.group(1));
            }
        }
        if (loggedApplied > state.at) {
            figures.logClaimedLost++;
            figures.problems.add("trial " + trial + ": the log says revision " + loggedApplied + " was applied, the "
                    + "version table says " + state.at);
        }
        int next = state.at + 1;
        boolean touched = state.effects.containsKey(next);
        if (state.incomplete != null) {
            figures.midRevision++;
        } else if (state.at == 0 && !touched) {
            figures.beforeFirst++;
        } else if (state.at == revisions) {
            figures.afterLast++;
        } else {
            figures.betweenRevisions++;
        }

        RecordingOutput out = new RecordingOutput();
        new CurrentCommand(settings(), out).run(false);
        String problem = truth(state, out.lines());
        if (problem == null) {
            figures.truthful++;
        } else {
            figures.problems.add("trial " + trial + ": " + problem + "; current printed " + out.lines());
        }

        try {
            new UpgradeCommand(settings(), new RecordingOutput()).run("head", Set.of());
            if (complete()) {
                figures.rerunCompleted++;
            } else {
                figures.problems.add("trial " + trial + ": the rerun ended without the database at the last revision");
            }
        } catch (IncompleteRevisionException refused) {
            String first = refused.getMessage().split("\n")[0];
            if (state.incomplete != null && first.endsWith(": Revision " + id(next) + " did not complete: "
                    + state.incomplete + " of 4 of its upgrade may be applied.")
                    && refused.getMessage().contains("Nothing runs on top of an incomplete revision.")) {
                figures.rerunRefusedAsDocumented++;
            } else {
                figures.problems.add("trial " + trial + ": the rerun refused with: " + refused.getMessage());
            }
            // settle it as docs/errors.md says: undo by hand, stamp the revision's start, run again
            try (Connection c = target.connect(); Statement s = c.createStatement()) {
                s.execute("DROP TABLE IF EXISTS t_" + next);
            }
            new StampCommand(settings(), new RecordingOutput()).run(state.at == 0 ? "base" : id(state.at), false);
            new UpgradeCommand(settings(), new RecordingOutput()).run("head", Set.of());
            if (complete()) {
                figures.settledAndCompleted++;
            }
        } catch (RuntimeException e) {
            figures.problems.add("trial " + trial + ": the rerun failed: " + e.getMessage());
        }
    }

    /** Null when what current printed is true of the database, otherwise what is not. */
    private String truth(State state, List<String> printed) {
        List<String> expected = new ArrayList<>();
        expected.add(state.at == 0 ? "No revision applied: the database is at base."
                : id(state.at) + (state.at == revisions ? " (head)" : ""));
        for (int n = 1; n <= state.at; n++) {
            if (state.effects.getOrDefault(n, 0) != 2) {
                return "revision " + n + " is recorded as applied but has " + state.effects.getOrDefault(n, 0)
                        + " of its 2 visible effects";
            }
        }
        for (int n : state.effects.keySet()) {
            if (n > state.at + 1) {
                return "revision " + n + " has effects beyond the next one";
            }
        }
        int next = state.at + 1;
        int effects = state.effects.getOrDefault(next, 0);
        if (state.incomplete == null) {
            if (effects > 0) {
                return "revision " + next + " has " + effects + " effects but nothing says it started";
            }
            return printed.equals(expected) ? null : "expected " + expected;
        }
        // statement 1 creates the table, statement 3 inserts the row: each must be among those that may be applied
        int mayBeApplied = state.incompleteCount;
        if ((effects >= 1 && mayBeApplied < 1) || (effects >= 2 && mayBeApplied < 3)) {
            return "revision " + next + " has " + effects + " effects but only " + state.incomplete + " may be applied";
        }
        if (printed.size() < 2 || !printed.get(0).equals(expected.get(0)) || !printed.get(1).endsWith(": Revision "
                + id(next) + " did not complete: " + state.incomplete + " of 4 of its upgrade may be applied.")) {
            return "expected " + expected.get(0) + " and the warning that revision " + next + " did not complete";
        }
        return null;
    }

    private boolean complete() throws SQLException {
        State state = read();
        if (state.at != revisions || state.incomplete != null) {
            return false;
        }
        for (int n = 1; n <= revisions; n++) {
            if (state.effects.getOrDefault(n, 0) != 2) {
                return false;
            }
        }
        return true;
    }

    private static String id(int n) {
        return String.format("dead%08d", n);
    }

    /** What the database holds. */
    private static final class State {
        int at;
        /** {@code statements 1..k} (or {@code statement 1}) of the incomplete revision, or null. */
        String incomplete;
        int incompleteCount;
        /** Per revision number: 1 when its table exists, 2 when its row exists too. */
        final Map<Integer, Integer> effects = new LinkedHashMap<>();
    }

    private State read() throws SQLException {
        State state = new State();
        try (Connection c = target.connect()) {
            List<String> tables = strings(c, "select table_name from information_schema.tables where table_name like "
                    + "'" + target.stored("t") + "\\_%' and table_schema = " + schemaExpression());
            for (String table : tables) {
                int n = Integer.parseInt(table.substring(2));
                state.effects.put(n, strings(c, "select id from " + table).isEmpty() ? 1 : 2);
            }
            // a run killed while it created the plugin's tables may leave the version table without the history
            if (exists(c, "migrate_version")) {
                List<String> version = strings(c, "select version_num from migrate_version");
                state.at = version.isEmpty() ? 0 : Integer.parseInt(version.get(0).substring(4));
            }
            if (exists(c, "migrate_history")) {
                List<String> rows = strings(c, "select concat(status, ' ', statements_done, ' ', statements_total) "
                        + "from migrate_history where status = 'started' or (status = 'failed' and statements_done > 0)");
                if (!rows.isEmpty()) {
                    String[] row = rows.get(rows.size() - 1).split(" ");
                    int done = Integer.parseInt(row[1]);
                    int total = Integer.parseInt(row[2]);
                    int k = row[0].equals("failed") ? done : Math.min(done + 1, total);
                    state.incompleteCount = k;
                    state.incomplete = k == 1 ? "statement 1" : "statements 1.." + k;
                }
            }
        }
        return state;
    }

    private boolean exists(Connection c, String table) throws SQLException {
        return !strings(c, "select table_name from information_schema.tables where table_name = '"
                + target.stored(table) + "' and table_schema = " + schemaExpression()).isEmpty();
    }

    private String schemaExpression() {
        return target.url().startsWith("jdbc:h2:") ? "'PUBLIC'" : "database()";
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
