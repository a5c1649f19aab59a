package dev.migrate.runner;

import dev.migrate.Output;
import dev.migrate.database.ConnectionFactory;
import dev.migrate.database.DatabaseException;
import dev.migrate.database.SqlErrors;
import dev.migrate.dialect.Dialects;
import dev.migrate.revision.MigrationPlanner;
import dev.migrate.revision.Plan;
import dev.migrate.revision.RevisionGraph;
import dev.migrate.revision.Step;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One upgrade, downgrade or stamp of one schema, from plan to applied revisions. It plans without the lock, so that a
 * refused target or an up-to-date database leaves no trace; when there is work it takes the lock, reads the version
 * table again (another run may have moved it), checks the applied revisions' checksums and records the accepted
 * edits, plans again when the heads moved, and applies the plan ({@link Migrator}) or writes the stamp. The revision
 * graph is read once by the caller: one runner serves any number of schemas, from several threads at once.
 */
public final class SchemaRunner {

    private final RevisionGraph graph;
    private final String directoryName;
    private final Duration lockTimeout;
    private final Output output;

    /**
     * A runner for the revisions of {@code graph}, read from the folder that messages call {@code directoryName};
     * {@code lockTimeout} is how long to wait for another run's lock (negative: forever).
     */
    public SchemaRunner(RevisionGraph graph, String directoryName, Duration lockTimeout, Output output) {
        this.graph = graph;
        this.directoryName = directoryName;
        this.lockTimeout = lockTimeout;
        this.output = output;
    }

    /**
     * Connects to {@code location}, runs {@code operation} there and disconnects: the entry point for a caller that
     * has read the revision files already (a fleet, once per tenant). Its time includes connecting. Like a fleet's
     * tenant, it holds one connection, its lock on it where the database allows ({@link SchemaSession#open}).
     */
    public RunResult run(SchemaLocation location, Operation operation) {
        long start = System.nanoTime();
        try (SchemaSession session = SchemaSession.open(new ConnectionFactory(location.database()),
                Dialects.forUrl(location.database().url()), location.schema(), location.versionTable(), true)) {
            return run(session, operation).took(Duration.ofNanos(System.nanoTime() - start));
        }
    }

    /** Runs {@code operation} on an open session; the session stays open (its lock is released as it closes). */
    public RunResult run(SchemaSession session, Operation operation) {
        long start = System.nanoTime();
        if (operation instanceof Operation.Stamp stamp) {
            return stamp(session, stamp, start);
        }
        Planned planned = planUnderLock(session, operation);
        if (!planned.plan().isEmpty()) {
            new Migrator(session, output).run(planned.plan());
        }
        return new RunResult(planned.from(), planned.plan().headsAfter(), planned.plan(), List.of(),
                Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * The SQL {@code operation} would run on a database at {@code from}, without connecting. The script's writer is
     * asked for once the plan is made, so that a refused target is reported before a bad schema or table name.
     */
    public String offline(Set<String> from, Operation operation, Supplier<OfflineScript> writer, String description) {
        Plan plan = operation.plan(new MigrationPlanner(graph), from);
        if (operation instanceof Operation.Stamp stamp) {
            return writer.get().stamp(from, plan.headsAfter(), stamp.purge(), description);
        }
        return writer.get().plan(plan, description);
    }

    /** A plan and the heads it starts from. */
    private record Planned(Set<String> from, Plan plan) {
    }

    private Planned planUnderLock(SchemaSession session, Operation operation) {
        MigrationPlanner planner = new MigrationPlanner(graph);
        Set<String> current = session.currentHeads();
        // A revision that did not complete is refused under the lock only: the run that started it may be the one
        // holding the lock now, about to complete it.
        boolean incomplete = !session.incompleteRevisions().isEmpty();
        CurrentHeads.checked(session, graph, current, directoryName);
        boolean accepting = !checkChecksums(session, current, operation.acceptEdited()).isEmpty();
        Plan plan = operation.plan(planner, current);
        for (Step step : plan.steps()) {
            // Split every section now: a broken file must fail before anything is locked or created.
            step.section().statements(session.dialect().flavor());
        }
        if (plan.isEmpty() && !accepting && !incomplete) {
            return new Planned(current, plan);
        }
        session.lockForWriting(lockTimeout, output);
        Set<String> locked = CurrentHeads.known(session, graph, directoryName);
        recordAccepted(session, checkChecksums(session, locked, operation.acceptEdited()));
        return locked.equals(current) ? new Planned(current, plan) // another run may have moved the database
                : new Planned(locked, operation.plan(planner, locked));
    }

    private RunResult stamp(SchemaSession session, Operation.Stamp stamp, long start) {
        MigrationPlanner planner = new MigrationPlanner(graph);
        Set<String> before = stampedOver(session, stamp);
        stamp.plan(planner, stamp.purge() ? Set.of() : before); // a refused target leaves no trace
        session.lockForWriting(lockTimeout, output);
        before = stampedOver(session, stamp);
        Set<String> after = stamp.plan(planner, stamp.purge() ? Set.of() : before).headsAfter();
        List<IncompleteRevision> incomplete = session.incompleteRevisions();
        StampWriter.write(session, before, after, stamp.purge());
        StampWriter.awaitDurable(session, output);
        return new RunResult(before, after, new Plan(List.of(), after), incomplete,
                Duration.ofNanos(System.nanoTime() - start));
    }

    /** The heads a stamp replaces; unless it purges, they must be revisions the files have. */
    private Set<String> stampedOver(SchemaSession session, Operation.Stamp stamp) {
        Set<String> before = session.currentHeads();
        return stamp.purge() ? before : CurrentHeads.checked(session, graph, before, directoryName);
    }

    /**
     * Fails when an applied revision was edited since it ran, unless the user accepted the edit
     * ({@code acceptEdited}: ids, prefixes or {@code all}); returns the accepted mismatches.
     */
    private List<ChecksumVerifier.Mismatch> checkChecksums(SchemaSession session, Set<String> current,
                                                           Set<String> acceptEdited) {
        Set<String> applied = graph.ancestors(current);
        List<ChecksumVerifier.Mismatch> found = ChecksumVerifier.mismatches(graph, applied,
                session.recordedChecksums());
        if (!found.isEmpty()) { // again with the whole rows, for when each ran
            found = ChecksumVerifier.mismatches(graph, applied, session.historyEntries());
        }
        List<ChecksumVerifier.Mismatch> accepted = new ArrayList<>();
        List<ChecksumVerifier.Mismatch> refused = new ArrayList<>();
        for (ChecksumVerifier.Mismatch mismatch : found) {
            (accepted(mismatch.revision().id(), acceptEdited) ? accepted : refused).add(mismatch);
        }
        if (!refused.isEmpty()) {
            throw ChecksumVerifier.error(refused);
        }
        return accepted;
    }

    private boolean accepted(String id, Set<String> acceptEdited) {
        for (String accept : acceptEdited) {
            if (accept.equals("all") || graph.lookup(accept).id().equals(id)) {
                return true;
            }
        }
        return false;
    }

    private void recordAccepted(SchemaSession session, List<ChecksumVerifier.Mismatch> accepted) {
        for (ChecksumVerifier.Mismatch mismatch : accepted) {
            try {
                session.history().insert(session.connection(), mismatch.revision().id(), "accept",
                        mismatch.current(), mismatch.revision().message(), Instant.now(), 0);
            } catch (SQLException e) {
                throw new DatabaseException("Cannot record the accepted edit of " + mismatch.revision().id()
                        + " in " + session.history().name() + ": " + SqlErrors.firstLine(e.getMessage()));
            }
            output.warn("Accepted the edit of applied revision " + mismatch.revision().id() + " ("
                    + mismatch.revision().displayFile() + "): checksum " + mismatch.recorded() + " -> "
                    + mismatch.current());
        }
    }
}
