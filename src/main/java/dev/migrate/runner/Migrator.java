package dev.migrate.runner;

import dev.migrate.Output;
import dev.migrate.database.SqlErrors;
import dev.migrate.dialect.EarlyCommits;
import dev.migrate.revision.Direction;
import dev.migrate.revision.Plan;
import dev.migrate.revision.Statement;
import dev.migrate.revision.Step;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Runs a plan's steps on a session: each revision with its version-table and history updates in one transaction
 * where the database has transactional DDL, statement by statement otherwise, and says exactly where a failure
 * left the database. Where the database allows it, most commits return without waiting for the disk (see
 * {@link EarlyCommits}). A revision's {@code Running} line is printed before it starts
 * ({@link Progress}); the line saying it was applied only once its commit is durable: after a commit that waited
 * (the run's last, and one at least every second), whose flush makes the earlier ones durable too, or after
 * {@link dev.migrate.dialect.Dialect#awaitDurable} where a commit alone is not durable (H2) and before a failure is
 * reported. A crash of the database server mid-run can lose revisions that ran, whole, never half of one, and never
 * one the log said was applied.
 */
public final class Migrator {

    /**
     * SQLSTATEs of "already exists" errors: PostgreSQL duplicate table/object/column/schema, H2 table/index/constraint
     * exists, MariaDB table/column exists.
     */
    private static final Set<String> ALREADY_EXISTS = Set.of("42P07", "42710", "42701", "42P06", "42101", "42111",
            "90045", "42S01", "42S21");

    /** A run of early commits ends with a commit that waits for the disk at least this often. */
    private static final long WAIT_AT_LEAST_EVERY_NANOS = 1_000_000_000L;

    private final SchemaSession session;
    private final Output output;
    /** The lines of steps whose commit is not known to be on disk yet, printed once it is. */
    private final List<String> notYetDurable = new ArrayList<>();
    /** Whether the next commit waits for the disk ({@link EarlyCommits}). */
    private boolean commitWaits = true;
    private long durableAt;
    private Progress progress;
    /** One timer for every plan this migrator runs. */
    private final Progress.Timer timer = new Progress.Timer();
    /** The position in the plan of the step running now. */
    private int position;
    private boolean notDurableWarned;

    /** Whether a crash must not lose what the log said was applied (false for a throwaway database). */
    private final boolean durable;

    public Migrator(SchemaSession session, Output output) {
        this(session, output, true);
    }

    /**
     * A migrator for a database that need not survive a crash ({@code durable} false: a throwaway one, whose
     * session already commits without waiting for the disk): no commit waits, and the lines are printed at once.
     */
    public Migrator(SchemaSession session, Output output, boolean durable) {
        this.session = session;
        this.output = output;
        this.durable = durable;
    }

    /**
     * Runs every step; the first failure stops the run with a {@link MigrationFailedException}. Prints a header,
     * each revision before it starts and again once it is applied, and the total.
     */
    public void run(Plan plan) {
        List<List<Statement>> statements = new ArrayList<>();
        for (Step step : plan.steps()) {
            // Split every section before running any, so a broken file leaves the database untouched.
            statements.add(step.section().statements(session.dialect().flavor()));
        }
        int last = plan.steps().size() - 1;
        EarlyCommits earlyCommits = durable ? session.dialect().earlyCommits() : null;
        boolean early = false;
        long started = System.nanoTime();
        durableAt = started;
        progress = new Progress(output, plan, timer);
        progress.header(session.dialect().identifier(session.schema()));
        try {
            for (int i = 0; i <= last; i++) {
                boolean wantEarly = earlyCommits != null && i < last
                        && System.nanoTime() - durableAt < WAIT_AT_LEAST_EVERY_NANOS;
                boolean change = earlyCommits != null && (wantEarly != early || i == 0);
                if (change && setting(wantEarly ? earlyCommits.early() : earlyCommits.durable())) {
                    early = wantEarly;
                }
                commitWaits = !early;
                run(i, plan.steps().get(i), statements.get(i));
            }
        } catch (RuntimeException e) {
            if (durable && (!notYetDurable.isEmpty() || !session.dialect().commitIsDurable())) {
                awaitDurable();
            }
            if (e instanceof MigrationFailedException) {
                session.dropCreatedTablesIfUnused(output); // a failed first run leaves no empty plugin tables
            }
            throw e;
        } finally {
            progress.close();
            if (early) {
                setting(earlyCommits.durable());
            }
        }
        progress.total((System.nanoTime() - started) / 1_000_000);
    }

    /** Prints the lines of the revisions committed so far, once the database says their commits are on disk. */
    private void awaitDurable() {
        try {
            session.dialect().awaitDurable(session.connection());
        } catch (SQLException e) {
            reportDurable();
            if (!notDurableWarned) {
                notDurableWarned = true;
                output.warn(session.dialect().name() + " did not confirm that the commits of this run are on disk: "
                        + SqlErrors.message(e, session.connections().settings()) + ". " + session.dialect()
                        .notDurableHint());
            }
            return;
        }
        reportDurable();
    }

    private void reportDurable() {
        durableAt = System.nanoTime();
        notYetDurable.forEach(output::info);
        notYetDurable.clear();
    }

    /** Changes a session setting; false when the database refused (the run goes on with its own setting). */
    private boolean setting(String sql) {
        try (java.sql.Statement jdbc = session.connection().createStatement()) {
            jdbc.execute(sql);
            return true;
        } catch (SQLException e) {
            output.debug("Kept the session's commit setting: '" + sql + "' failed: " + e.getMessage());
            return false;
        }
    }

    private void run(int at, Step step, List<Statement> statements) {
        position = at;
        progress.starting(at, step);
        boolean atomic = step.section().transactional() && session.dialect().transactionalDdl();
        if (atomic && session.dialect().transactionClock() != null && statements.stream()
                .noneMatch(s -> mayReturnRows(s.sql())) && ranInOneBatch(step, statements)) {
            return;
        }
        if (atomic) {
            runOneByOne(step, statements, true);
        } else {
            runRecordingProgress(step, statements);
        }
    }

    /**
     * Runs a step that cannot be atomic: its history row is written (and committed) before the first statement
     * runs, its count of completed statements after each one, and the row becomes an applied one in the
     * transaction that updates the version table. A run that ends half-way leaves a row that says how far it got
     * ({@link IncompleteRevision}); a history row that cannot be written stops the step before anything ran.
     */
    private void runRecordingProgress(Step step, List<Statement> statements) {
        if (statements.isEmpty()) {
            runOneByOne(step, statements, false);
            return;
        }
        Connection connection = session.connection();
        HistoryTable history = session.history();
        Instant started = Instant.now();
        long start = System.nanoTime();
        long row;
        try {
            connection.setAutoCommit(true);
            row = history.insertStarted(connection, step.revision().id(), step.direction().word(),
                    step.section().checksum(), step.revision().message(), started, statements.size());
        } catch (SQLException e) {
            throw new MigrationFailedException(step.revision().displayFile() + ": cannot record the start of the "
                    + step.direction().word() + " of revision " + step.revision().id() + " in " + history.name()
                    + ": " + SqlErrors.message(e, session.connections().settings()) + "\nNothing of the revision "
                    + "ran; the database is still at " + describe(step.headsBefore()) + ". Make " + history.name()
                    + " accept the row (the database's message says why it refused it) and run the goal again.");
        }
        int index = 0;
        boolean running = false;
        try (java.sql.Statement jdbc = connection.createStatement()) {
            jdbc.setEscapeProcessing(false);
            for (; index < statements.size(); index++) {
                if (index > 0) {
                    history.progress(connection, row, index);
                }
                running = true;
                execute(jdbc, step, statements, index);
                running = false;
            }
        } catch (SQLException e) {
            if (!running) {
                throw progressLost(step, index, statements.size(), e);
            }
            boolean recorded = markFailed(row, index);
            throw failure(step, statements, index, e, false, recorded);
        }
        try {
            connection.setAutoCommit(false);
            long millis = (System.nanoTime() - start) / 1_000_000;
            session.versions().update(connection, step.headsBefore(), step.headsAfter());
            history.applied(connection, row, statements.size(), millis);
            connection.commit();
            ran(step, millis);
        } catch (SQLException e) {
            rollback(connection);
            throw failure(step, statements, statements.size(), e, false, false);
        } finally {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the failure above, if any, is what the user needs to see
            }
        }
    }

    /** Runs statement {@code index} of a step, printing a still-running line while it takes long. */
    private void execute(java.sql.Statement jdbc, Step step, List<Statement> statements, int index)
            throws SQLException {
        Statement statement = statements.get(index);
        try (Progress.Watch watch = progress.watch(position, step, "statement " + (index + 1) + " of "
                + statements.size() + ", line " + statement.line())) {
            jdbc.execute(statement.sql());
        }
    }

    /** Records that statement {@code index + 1} failed; false when even that cannot be written. */
    private boolean markFailed(long row, int index) {
        try {
            session.history().failed(session.connection(), row, index);
            return true;
        } catch (SQLException e) {
            output.debug("Could not record the failure in " + session.history().name() + ": " + e.getMessage());
            return false;
        }
    }

    /**
     * Runs an atomic step in two round trips: its statements, the version-table update and the history row as one
     * batch, then the commit. False, with everything rolled back, when the batch failed: the caller then runs the
     * step statement by statement, which names the statement that fails (or succeeds, when the batch failed for a
     * reason of its own).
     */
    private boolean ranInOneBatch(Step step, List<Statement> statements) {
        Connection connection = session.connection();
        long start = System.nanoTime();
        try {
            connection.setAutoCommit(false);
            List<String> versionSql = session.versions().updateSql(step.headsBefore(), step.headsAfter());
            try (java.sql.Statement jdbc = connection.createStatement()) {
                jdbc.setEscapeProcessing(false);
                for (Statement statement : statements) {
                    jdbc.addBatch(statement.sql());
                }
                for (String sql : versionSql) {
                    jdbc.addBatch(sql);
                }
                jdbc.addBatch(session.history().insertTimedSql(step.revision().id(), step.direction().word(),
                        step.section().checksum(), step.revision().message()));
                int[] counts;
                try (Progress.Watch watch = progress.watch(position, step, null)) {
                    counts = jdbc.executeBatch();
                }
                for (int i = 0; i < versionSql.size(); i++) {
                    session.versions().checkChanged(counts[statements.size() + i]);
                }
            }
            connection.commit();
        } catch (SQLException e) {
            if (!rollback(connection)) {
                throw connectionLost(step, e);
            }
            output.debug("Running " + step.revision().id() + " again statement by statement: "
                    + SqlErrors.message(serverError(e), session.connections().settings()));
            return false;
        } finally {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the statement-by-statement run reports what matters
            }
        }
        ran(step, (System.nanoTime() - start) / 1_000_000);
        return true;
    }

    /** Reports a step whose commit returned, at once if the commit is durable, else once it is. */
    private void ran(Step step, long millis) {
        notYetDurable.add(progress.done(position, step, millis));
        if (!durable || commitWaits && session.dialect().commitIsDurable()) {
            reportDurable();
        } else if (commitWaits) {
            awaitDurable();
        }
    }

    /** Whether a statement may return rows, which a JDBC batch refuses ({@code SELECT setval(...)}). */
    static boolean mayReturnRows(String sql) {
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c) || c == '(') {
                i++;
            } else if (sql.startsWith("--", i)) {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? sql.length() : end + 1;
            } else if (sql.startsWith("/*", i)) {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? sql.length() : end + 2;
            } else {
                break;
            }
        }
        int end = i;
        while (end < sql.length() && Character.isLetter(sql.charAt(end))) {
            end++;
        }
        return switch (sql.substring(i, end).toUpperCase(Locale.ROOT)) {
            case "SELECT", "WITH", "VALUES", "TABLE", "SHOW", "EXPLAIN", "CALL", "FETCH", "EXECUTE" -> true;
            default -> false;
        };
    }

    private void runOneByOne(Step step, List<Statement> statements, boolean atomic) {
        Connection connection = session.connection();
        Instant started = Instant.now();
        long start = System.nanoTime();
        int index = 0;
        try {
            connection.setAutoCommit(!atomic);
            try (java.sql.Statement jdbc = connection.createStatement()) {
                jdbc.setEscapeProcessing(false);
                for (; index < statements.size(); index++) {
                    execute(jdbc, step, statements, index);
                }
            }
            if (!atomic) {
                connection.setAutoCommit(false);
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            session.versions().update(connection, step.headsBefore(), step.headsAfter());
            session.history().insert(connection, step.revision().id(), step.direction().word(),
                    step.section().checksum(), step.revision().message(), started, millis);
            connection.commit();
            ran(step, millis);
        } catch (SQLException e) {
            boolean rolledBack = rollback(connection);
            if (atomic && !rolledBack) {
                throw connectionLost(step, e);
            }
            throw failure(step, statements, index, e, atomic, false);
        } finally {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the failure above, if any, is what the user needs to see
            }
        }
    }

    private static boolean rollback(Connection connection) {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * The connection broke during an atomic step. The server rolls back a transaction whose connection ends, so the
     * revision is not applied, unless the break came while its commit was on the way: only the database can say.
     */
    private MigrationFailedException connectionLost(Step step, SQLException e) {
        return new MigrationFailedException(step.revision().displayFile() + ": the connection to the database broke "
                + "during the " + step.direction().word() + " of revision " + step.revision().id() + ": "
                + SqlErrors.message(serverError(e), session.connections().settings())
                + "\nThe database rolls back "
                + "a transaction whose connection ends, so the database is at " + describe(step.headsBefore())
                + ", or at " + describe(step.headsAfter()) + " if the break came during the commit. 'mvn "
                + "migrate:current' shows which; then run the goal again.");
    }

    /** The server's own error behind a failed batch, which the driver wraps in a message quoting the statement. */
    private static SQLException serverError(SQLException e) {
        return e instanceof BatchUpdateException && e.getNextException() != null ? e.getNextException() : e;
    }

    /** Recording how far a step got failed after {@code done} statements completed. */
    private MigrationFailedException progressLost(Step step, int done, int total, SQLException e) {
        IncompleteRevision row = new IncompleteRevision(step.revision().id(), step.direction().word(), false,
                done - 1, total);
        return new MigrationFailedException(step.revision().displayFile() + ": the " + step.direction().word()
                + " of revision " + step.revision().id() + " stopped after statement " + done + " of " + total
                + ": recording its progress in " + session.history().name() + " failed: "
                + SqlErrors.message(e, session.connections().settings()) + "\n" + incomplete(step, row));
    }

    private MigrationFailedException failure(Step step, List<Statement> statements, int index, SQLException e,
                                             boolean rolledBack, boolean recorded) {
        String file = step.revision().displayFile();
        String dbMessage = SqlErrors.message(e, session.connections().settings());
        String where = index < statements.size()
                ? file + ":" + statements.get(index).line() + ": the " + step.direction().word() + " of revision "
                + step.revision().id() + " failed at statement " + (index + 1) + " of " + statements.size() + ": "
                + dbMessage
                : file + ": the " + step.direction().word() + " of revision " + step.revision().id()
                + " ran, but recording it in " + session.versions().name() + " and " + session.history().name()
                + " failed: " + dbMessage;
        String state = describe(step.headsBefore());
        boolean alreadyExists = e.getSQLState() != null && ALREADY_EXISTS.contains(e.getSQLState());
        String next = alreadyExists && step.direction() == Direction.UPGRADE
                ? " If the database had these objects before it used migrations, adopt it instead: 'mvn "
                + "migrate:stamp -Dmigrate.target=<the last revision it matches>', then upgrade. Otherwise fix the SQL"
                + " and run the goal again."
                : " Fix the SQL and run the goal again.";
        if (rolledBack) {
            return new MigrationFailedException(where + "\nThe revision was rolled back; the database is still at "
                    + state + "." + next);
        }
        if ((index == 0 && recorded) || statements.isEmpty()) {
            return new MigrationFailedException(where + "\nNothing of the revision was applied; the database is "
                    + "still at " + state + "." + next);
        }
        String why = step.section().transactional()
                ? session.dialect().name() + " commits each DDL statement, so the revision is not atomic"
                : "the section is marked transaction=false";
        String kept = index == 0 ? "no statement completed"
                : index == statements.size() ? "all its statements stayed applied"
                : IncompleteRevision.statements(1, index) + " (" + (index == 1 ? "line " + statements.get(0).line()
                : "lines " + statements.get(0).line() + "-" + statements.get(index - 1).line()) + ") stayed applied";
        IncompleteRevision row = index == statements.size()
                ? new IncompleteRevision(step.revision().id(), step.direction().word(), false,
                        statements.size() - 1, statements.size())
                : new IncompleteRevision(step.revision().id(), step.direction().word(), recorded, index,
                        statements.size());
        return new MigrationFailedException(where + "\nThe revision ran outside a transaction (" + why + "): " + kept
                + ", and the version table still says " + state + ". " + incomplete(step, row));
    }

    /** What the history now records about a step that did not complete, and how to settle it. */
    private String incomplete(Step step, IncompleteRevision row) {
        return session.history().name() + " records that " + row.summary() + ", so nothing runs on top of it. "
                + row.advice(step.revision());
    }

    static String describe(Set<String> heads) {
        return heads.isEmpty() ? "base (no revision applied)" : String.join(", ", heads.stream().sorted().toList());
    }
}
