package dev.migrate.runner;

import dev.migrate.MigrateException;
import dev.migrate.Output;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;

/**
 * Runs one goal on every tenant of a fleet, at most {@code parallel} at once and never holding more than
 * {@code parallel} connections (a tenant that needs two, as on H2, counts twice), each tenant's lines kept together;
 * prints {@code [37/200 tenants]} as tenants finish and a summary table at the end, and fails naming the tenants that
 * failed. A failing tenant does not stop the others unless {@code failFast}, which only keeps tenants not yet started
 * from starting.
 */
public final class FleetRunner {

    /** The goal, run on one tenant; what it writes to {@code output} is kept and printed with the tenant's name. */
    @FunctionalInterface
    public interface TenantWork {
        TenantOutcome run(Tenant tenant, Output output);
    }

    /** How a tenant's run ended. */
    public enum Result {
        OK("ok"), FAILED("FAILED"), NOT_RUN("not run");

        private final String text;

        Result(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /**
     * One line of the summary.
     *
     * @param error   the tenant's failure as its message says it, or null
     * @param results the results the goal handed over on the tenant ({@link Output#result}) when the caller keeps
     *                them ({@link #run(List, TenantWork, Consumer)}); otherwise they were printed and this is empty
     */
    public record TenantRun(Tenant tenant, TenantOutcome outcome, Duration time, Result result,
                            MigrateException.Kind failureKind, String error, List<String> results) {
    }

    private final int parallel;
    private final boolean failFast;
    private final ToIntFunction<Tenant> connections;
    private final Output output;

    /** A runner whose tenants hold one connection each. */
    public FleetRunner(int parallel, boolean failFast, Output output) {
        this(parallel, failFast, tenant -> 1, output);
    }

    /**
     * A runner that starts a tenant only while the connections of the tenants running, {@code connections} of each,
     * stay within {@code parallel}; a tenant that needs more than {@code parallel} runs alone.
     */
    public FleetRunner(int parallel, boolean failFast, ToIntFunction<Tenant> connections, Output output) {
        this.parallel = parallel;
        this.failFast = failFast;
        this.connections = connections;
        this.output = output;
    }

    /**
     * Runs {@code work} on every tenant, printing each tenant's lines and results as it ends; returns the summary's
     * rows, or throws naming the tenants that failed.
     */
    public List<TenantRun> run(List<Tenant> tenants, TenantWork work) {
        return run(tenants, work, null);
    }

    /**
     * Runs {@code work} on every tenant; with a {@code report}, the tenants' results are kept on their rows instead
     * of printed, and {@code report} receives the rows after the summary and before the failure, if any, is thrown.
     */
    public List<TenantRun> run(List<Tenant> tenants, TenantWork work, Consumer<List<TenantRun>> report) {
        int total = tenants.size();
        TenantRun[] runs = new TenantRun[total];
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger finished = new AtomicInteger();
        Semaphore free = new Semaphore(parallel, true);
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallel, total), new FleetThreads());
        try {
            List<Future<?>> futures = new ArrayList<>(total);
            for (int i = 0; i < total; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    Tenant tenant = tenants.get(index);
                    int needs = Math.max(1, Math.min(parallel, connections.applyAsInt(tenant)));
                    free.acquireUninterruptibly(needs);
                    try {
                        runs[index] = runOne(tenant, work, stop, finished, total, report != null);
                    } finally {
                        free.release(needs);
                    }
                }));
            }
            for (Future<?> future : futures) {
                join(future);
            }
        } finally {
            pool.shutdownNow();
        }
        List<TenantRun> rows = List.of(runs);
        List<String> failed = summarize(rows, Duration.ofNanos(System.nanoTime() - started));
        if (report != null) {
            report.accept(rows);
        }
        if (!failed.isEmpty()) {
            throw failure(rows, failed);
        }
        return rows;
    }

    private TenantRun runOne(Tenant tenant, TenantWork work, AtomicBoolean stop, AtomicInteger finished, int total,
                             boolean keepResults) {
        if (stop.get()) {
            return new TenantRun(tenant, new TenantOutcome("-", "-", 0), Duration.ZERO, Result.NOT_RUN, null, null,
                    List.of());
        }
        TenantOutput lines = new TenantOutput();
        long start = System.nanoTime();
        TenantOutcome outcome;
        Result result = Result.OK;
        MigrateException.Kind kind = null;
        String error = null;
        try {
            outcome = work.run(tenant, lines);
        } catch (MigrateException e) {
            error = e.getMessage();
            outcome = new TenantOutcome("-", "-", 0);
            result = Result.FAILED;
            kind = e.kind();
        } catch (RuntimeException e) {
            error = "Unexpected failure: " + e;
            outcome = new TenantOutcome("-", "-", 0);
            result = Result.FAILED;
            kind = MigrateException.Kind.SETUP;
        }
        if (error != null) {
            lines.error(error);
        }
        if (result == Result.FAILED && failFast) {
            stop.set(true);
        }
        Duration time = Duration.ofNanos(System.nanoTime() - start);
        synchronized (output) {
            lines.writeTo(output, tenant.name() + ": ", !keepResults);
            String line = "[" + finished.incrementAndGet() + "/" + total + " tenants] " + tenant.name() + " "
                    + result + " (" + describe(outcome) + format(time) + ")";
            if (result == Result.FAILED) {
                output.warn(line);
            } else {
                output.info(line);
            }
        }
        return new TenantRun(tenant, outcome, time, result, kind, error, keepResults ? lines.results() : List.of());
    }

    /** What the tenant's run did, ending in a comma and a space when it says anything. */
    private static String describe(TenantOutcome outcome) {
        if (outcome.from().equals(outcome.to())) {
            return outcome.to().equals("-") ? "" : "at " + outcome.to() + ", ";
        }
        return outcome.from() + " -> " + outcome.to() + ", " + outcome.revisions()
                + (outcome.revisions() == 1 ? " revision, " : " revisions, ");
    }

    /** Prints the summary; returns the names of the tenants that failed. */
    private List<String> summarize(List<TenantRun> rows, Duration elapsed) {
        List<String[]> table = new ArrayList<>();
        table.add(new String[] {"tenant", "from", "to", "revisions", "time", "result"});
        int ok = 0;
        List<String> failed = new ArrayList<>();
        int notRun = 0;
        for (TenantRun run : rows) {
            table.add(new String[] {run.tenant().name(), run.outcome().from(), run.outcome().to(),
                String.valueOf(run.outcome().revisions()), run.result() == Result.NOT_RUN ? "-" : format(run.time()),
                run.result().toString()});
            switch (run.result()) {
                case OK -> ok++;
                case FAILED -> failed.add(run.tenant().name());
                case NOT_RUN -> notRun++;
            }
        }
        int[] widths = new int[6];
        for (String[] row : table) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        synchronized (output) {
            output.info("Fleet summary: " + rows.size() + " tenants, " + ok + " ok, " + failed.size() + " failed"
                    + (notRun == 0 ? "" : ", " + notRun + " not run") + ", in " + format(elapsed));
            for (String[] row : table) {
                StringBuilder line = new StringBuilder();
                for (int c = 0; c < row.length; c++) {
                    String cell = c == 3 ? " ".repeat(widths[c] - row[c].length()) + row[c]
                            : row[c] + (c == row.length - 1 ? "" : " ".repeat(widths[c] - row[c].length()));
                    line.append(c == 0 ? "" : "  ").append(cell);
                }
                output.info(line.toString());
            }
        }
        return failed;
    }

    private static FleetFailedException failure(List<TenantRun> rows, List<String> failed) {
        boolean project = rows.stream().anyMatch(run -> run.result() == Result.FAILED
                && run.failureKind() == MigrateException.Kind.PROJECT);
        long notRun = rows.stream().filter(run -> run.result() == Result.NOT_RUN).count();
        return new FleetFailedException(project ? MigrateException.Kind.PROJECT : MigrateException.Kind.SETUP,
                failed.size() + " of " + rows.size() + " tenants failed: " + names(failed)
                + (notRun == 0 ? "" : "; " + notRun + " not run (migrate.failFast)") + ". Their lines above say "
                + "why; fix that and run the goal again: the tenants that are done have nothing left to do.",
                failed);
    }

    private static String names(List<String> failed) {
        int shown = Math.min(failed.size(), 20);
        String list = String.join(", ", failed.subList(0, shown));
        return shown == failed.size() ? list : list + " and " + (failed.size() - shown) + " more";
    }

    static String format(Duration time) {
        long millis = time.toMillis();
        return millis < 1000 ? millis + " ms" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    private static void join(Future<?> future) {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MigrateException(MigrateException.Kind.SETUP, "Interrupted while the fleet ran.");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Daemon threads named after the fleet, so a thread dump tells them apart. */
    private static final class FleetThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "migrate-fleet-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
