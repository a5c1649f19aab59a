package dev.migrate.runner;

import dev.migrate.Output;
import dev.migrate.revision.Direction;
import dev.migrate.revision.Plan;
import dev.migrate.revision.Step;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The lines a user reads while a plan runs: a header, each revision before it starts and once it is applied
 * ({@code [n/N]}), a still-running line while one statement takes long, and the total.
 */
final class Progress implements AutoCloseable {

    /**
     * System property, for tests only: milliseconds between still-running lines (default 10 s). Documented as
     * internal in the README.
     */
    static final String INTERVAL_PROPERTY = "migrate.progressInterval";

    private static final long DEFAULT_INTERVAL_MILLIS = 10_000;

    private final Output output;
    private final Plan plan;
    private final long intervalMillis;
    private final Timer timer;

    /** The lines of one plan; {@code timer} may serve many plans, one after the other. */
    Progress(Output output, Plan plan, Timer timer) {
        this.output = output;
        this.plan = plan;
        this.intervalMillis = interval(System.getProperty(INTERVAL_PROPERTY));
        this.timer = timer;
    }

    static long interval(String property) {
        if (property != null) {
            try {
                long millis = Long.parseLong(property.trim());
                if (millis > 0) {
                    return millis;
                }
            } catch (NumberFormatException ignored) {
                // an internal setting: anything else means the default
            }
        }
        return DEFAULT_INTERVAL_MILLIS;
    }

    /** {@code Upgrading schema app from <base> to 3f2a9c1b7d4e: 2 revisions}. */
    void header(String schema) {
        Step first = plan.steps().get(0);
        output.info((first.direction() == Direction.UPGRADE ? "Upgrading" : "Downgrading") + " schema " + schema
                + " from " + ids(first.headsBefore()) + " to " + ids(plan.headsAfter()) + ": "
                + revisions(plan.steps().size()));
    }

    /** {@code [1/2] Running upgrade <base> -> 1a2b3c4d5e6f, Create users}, printed before the revision starts. */
    void starting(int index, Step step) {
        output.info(position(index) + "Running " + step.direction().word() + " " + step.from() + " -> " + step.to()
                + ", " + step.revision().message());
    }

    /** {@code [1/2] Applied 1a2b3c4d5e6f in 12 ms} (or {@code Reverted}), for once its commit is durable. */
    String done(int index, Step step, long millis) {
        return position(index) + (step.direction() == Direction.UPGRADE ? "Applied " : "Reverted ")
                + step.revision().id() + " in " + elapsed(millis);
    }

    /** {@code Upgraded 2 revisions in 45 ms.} */
    void total(long millis) {
        output.info((plan.steps().get(0).direction() == Direction.UPGRADE ? "Upgraded " : "Downgraded ")
                + revisions(plan.steps().size()) + " in " + elapsed(millis) + ".");
    }

    /**
     * Starts watching one statement (or a revision's whole batch when {@code statement} is null): while it runs,
     * every interval prints {@code [1/2] Still running 1a2b3c4d5e6f (statement 2 of 3, line 12): 10.0 s}.
     */
    Watch watch(int index, Step step, String statement) {
        return new Watch(index, step, statement);
    }

    /** Nothing to release: each watch stops its lines when closed, and the timer's thread ends when idle. */
    @Override
    public void close() {
    }

    /**
     * The thread that prints the still-running lines, started at the first watch and ending once idle for a second,
     * so that the stairway of {@code verify}, which runs 600 one-step plans, does not start a thread for each.
     */
    static final class Timer {

        private ScheduledExecutorService executor;

        synchronized ScheduledExecutorService executor() {
            if (executor == null) {
                ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(1, task -> {
                    Thread thread = new Thread(task, "migrate-progress");
                    thread.setDaemon(true);
                    return thread;
                });
                pool.setRemoveOnCancelPolicy(true);
                pool.setKeepAliveTime(1, TimeUnit.SECONDS);
                pool.allowCoreThreadTimeOut(true);
                executor = pool;
            }
            return executor;
        }
    }

    private String position(int index) {
        return "[" + (index + 1) + "/" + plan.steps().size() + "] ";
    }

    private static String revisions(int count) {
        return count + (count == 1 ? " revision" : " revisions");
    }

    private static String ids(Set<String> heads) {
        return heads.isEmpty() ? "<base>" : String.join(", ", heads.stream().sorted().toList());
    }

    /** {@code 12 ms}, {@code 4.6 s}, {@code 2 min 5 s}. */
    static String elapsed(long millis) {
        if (millis < 1000) {
            return millis + " ms";
        }
        if (millis < 60_000) {
            return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
        }
        long seconds = millis / 1000;
        return seconds / 60 + " min " + seconds % 60 + " s";
    }

    /** One statement being watched; closing it stops its still-running lines, none printed after. */
    final class Watch implements AutoCloseable {

        private final long start = System.nanoTime();
        private final String line;
        private final ScheduledFuture<?> task;
        private boolean closed;

        private Watch(int index, Step step, String statement) {
            this.line = position(index) + "Still running " + step.revision().id()
                    + (statement == null ? "" : " (" + statement + ")") + ": ";
            this.task = timer.executor().scheduleAtFixedRate(this::report, intervalMillis, intervalMillis,
                    TimeUnit.MILLISECONDS);
        }

        private synchronized void report() {
            if (!closed) {
                output.info(line + elapsed((System.nanoTime() - start) / 1_000_000));
            }
        }

        @Override
        public synchronized void close() {
            closed = true;
            task.cancel(false);
        }
    }
}
