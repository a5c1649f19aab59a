package dev.migrate.command;

import dev.migrate.MigrateException;
import dev.migrate.Output;
import dev.migrate.database.ConnectionFactory;
import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.Dialects;
import dev.migrate.revision.DisplayPaths;
import dev.migrate.revision.RevisionDirectory;
import dev.migrate.revision.RevisionGraph;
import dev.migrate.revision.UnknownCurrentRevisionException;
import dev.migrate.revision.Revision;
import dev.migrate.runner.ChecksumVerifier;
import dev.migrate.runner.IncompleteRevision;
import dev.migrate.runner.IncompleteRevisionException;
import dev.migrate.runner.SchemaSession;
import dev.migrate.database.DatabaseException;
import dev.migrate.database.SqlErrors;
import dev.migrate.revision.Plan;

import java.sql.SQLException;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** What the goals share: the revision folder read once, the dialect, and opening the database. */
final class Workspace {

    private final MigrateSettings settings;
    private final Output output;
    private final RevisionDirectory directory;
    private RevisionGraph graph;
    private CompletableFuture<RevisionGraph> reading;
    private CompletableFuture<Void> saving;

    Workspace(MigrateSettings settings, Output output) {
        this.settings = settings;
        this.output = output;
        this.directory = new RevisionDirectory(settings.directory(), settings.cacheDirectory());
    }

    /** A workspace for one tenant of a fleet: the revision files were read once, for the whole fleet. */
    Workspace(MigrateSettings settings, Output output, RevisionGraph graph) {
        this(settings, output);
        this.graph = graph;
    }

    MigrateSettings settings() {
        return settings;
    }

    RevisionDirectory directory() {
        return directory;
    }

    String directoryName() {
        return DisplayPaths.of(settings.directory());
    }

    /** The revision graph; read from the files on first use, never again. */
    RevisionGraph graph() {
        if (graph == null) {
            graph = reading != null ? joinReading() : directory.graph();
        }
        return graph;
    }

    /**
     * Starts reading the revision files on another thread, so that they are parsed while the database connection
     * opens (on a cold JVM both take a few hundred milliseconds). The files' errors still come first: see
     * {@link #openAfter}. The parsed files are written to the cache after the graph is handed over, while the caller
     * reads the database.
     */
    void readGraphInBackground() {
        if (graph == null && reading == null && directory.exists()) {
            CompletableFuture<RevisionGraph> read = new CompletableFuture<>();
            reading = read;
            saving = CompletableFuture.runAsync(() -> {
                List<Runnable> saveCache = new ArrayList<>(1);
                try {
                    read.complete(RevisionGraph.of(directory.load(saveCache::add)));
                } catch (RuntimeException | Error failure) {
                    read.completeExceptionally(failure);
                }
                saveCache.forEach(Runnable::run); // once the graph is handed over
            });
        }
    }

    /**
     * Waits until the parsed files are written to the cache, so that nothing is left writing when the goal ends; the
     * cache only saves time, so a failure to write it is no failure of the goal.
     */
    private void awaitSaving() {
        if (saving != null) {
            saving.exceptionally(e -> null).join();
            saving = null;
        }
    }

    private RevisionGraph joinReading() {
        try {
            return Futures.join(reading);
        } finally {
            reading = null;
        }
    }

    /**
     * Opens the database while the revision files are read, then checks the files with {@code files} (for example
     * {@link #nonEmptyGraph}): a problem with the files is reported before one with the database, as if the files
     * had been read first.
     */
    SchemaSession openAfter(Supplier<RevisionGraph> files, boolean writing) {
        Dialect dialect;
        try {
            dialect = dialect();
        } catch (RuntimeException noDatabase) {
            files.get();
            throw noDatabase;
        }
        if (dialect.connectingCreatesDatabase()) {
            files.get(); // a run that fails on its files must not leave a new database file behind
        } else {
            readGraphInBackground();
        }
        SchemaSession session;
        try {
            session = open(dialect);
        } catch (RuntimeException databaseFailure) {
            files.get();
            throw databaseFailure;
        }
        session.whenClosed(this::awaitSaving);
        try {
            files.get();
        } catch (RuntimeException filesFailure) {
            session.close();
            throw filesFailure;
        }
        return writing ? announceWriting(session, dialect) : announceReading(session, dialect);
    }

    /** The graph, or an empty one when the revision folder does not exist yet (the first revision creates it). */
    RevisionGraph graphOrEmpty() {
        return directory.exists() ? graph() : RevisionGraph.of(List.of());
    }

    /** The graph, failing when there are no revision files at all. */
    RevisionGraph nonEmptyGraph() {
        RevisionGraph g = graph();
        if (g.isEmpty()) {
            throw new MigrateException(MigrateException.Kind.PROJECT, "There are no revision files in "
                    + directoryName() + ". Create the first one with "
                    + "'mvn migrate:revision -Dmigrate.message=\"...\"'.");
        }
        return g;
    }

    Dialect dialect() {
        return Dialects.forUrl(settings.hasDatabase() ? settings.database().url() : null);
    }

    /** Opens the database for a goal that may write; nothing is locked or created yet. */
    SchemaSession openForWriting(Dialect dialect) {
        return announceWriting(open(dialect), dialect);
    }

    private SchemaSession announceWriting(SchemaSession session, Dialect dialect) {
        output.info("Database: " + dialect.name() + " at " + settings.database().maskedUrl() + ", schema "
                + dialect.identifier(session.schema()));
        return session;
    }

    SchemaSession openForReading(Dialect dialect) {
        return announceReading(open(dialect), dialect);
    }

    private SchemaSession announceReading(SchemaSession session, Dialect dialect) {
        output.debug("Database: " + dialect.name() + " at " + settings.database().maskedUrl() + ", schema "
                + session.schema());
        return session;
    }

    private SchemaSession open(Dialect dialect) {
        return SchemaSession.open(new ConnectionFactory(settings.database()), dialect, settings.schema(),
                settings.versionTable());
    }

    /**
     * Plans without the lock, so that a refused target or an up-to-date database leaves no trace; when there is
     * work, takes the lock, reads the database again (another run may have moved it) and plans again.
     */
    Plan planUnderLock(SchemaSession session, RevisionGraph graph, Set<String> acceptEdited,
                       Function<Set<String>, Plan> planner) {
        Set<String> current = session.currentHeads();
        // A revision that did not complete is refused under the lock only: the run that started it may be the one
        // holding the lock now, about to complete it.
        boolean incomplete = !session.incompleteRevisions().isEmpty();
        checkedHeads(session, graph, current);
        boolean accepting = !checkChecksums(session, graph, current, acceptEdited).isEmpty();
        Plan plan = planner.apply(current);
        for (var step : plan.steps()) {
            // Split every section now: a broken file must fail before anything is locked or created.
            step.section().statements(session.dialect().flavor());
        }
        if (plan.isEmpty() && !accepting && !incomplete) {
            return plan;
        }
        session.lockForWriting(settings.lockTimeout(), output);
        Set<String> locked = knownHeads(session, graph);
        recordAccepted(session, checkChecksums(session, graph, locked, acceptEdited));
        return locked.equals(current) ? plan : planner.apply(locked); // another run may have moved the database
    }

    /**
     * The current heads, checked against the revision files; fails when a revision did not complete, as nothing may
     * run on top of it.
     */
    Set<String> knownHeads(SchemaSession session, RevisionGraph graph) {
        Set<String> current = session.currentHeads();
        List<IncompleteRevision> incomplete = session.incompleteRevisions();
        if (!incomplete.isEmpty()) {
            IncompleteRevision last = incomplete.get(incomplete.size() - 1);
            throw new IncompleteRevisionException(explain(last, graph, session.dialect(), current));
        }
        return checkedHeads(session, graph, current);
    }

    private Set<String> checkedHeads(SchemaSession session, RevisionGraph graph, Set<String> current) {
        Set<String> unknown = graph.unknown(current);
        if (!unknown.isEmpty()) {
            throw new UnknownCurrentRevisionException(unknown, session.versions().name(), directoryName());
        }
        return current;
    }

    /** The account of a revision that did not complete, with the lines of its file when the files have it. */
    static String explain(IncompleteRevision incomplete, RevisionGraph graph, Dialect dialect, Set<String> heads) {
        Revision file = graph.contains(incomplete.revision()) ? graph.get(incomplete.revision()) : null;
        return incomplete.explanation(file, dialect.flavor(), heads);
    }

    /**
     * Fails when an applied revision was edited since it ran, unless the user accepted the edit
     * ({@code acceptEdited}: ids, prefixes or {@code all}); returns the accepted mismatches.
     */
    private List<ChecksumVerifier.Mismatch> checkChecksums(SchemaSession session, RevisionGraph graph,
                                                           Set<String> current, Set<String> acceptEdited) {
        Set<String> applied = graph.ancestors(current);
        List<ChecksumVerifier.Mismatch> found = ChecksumVerifier.mismatches(graph, applied,
                session.recordedChecksums());
        if (!found.isEmpty()) { // again with the whole rows, for when each ran
            found = ChecksumVerifier.mismatches(graph, applied, session.historyEntries());
        }
        List<ChecksumVerifier.Mismatch> accepted = new ArrayList<>();
        List<ChecksumVerifier.Mismatch> refused = new ArrayList<>();
        for (ChecksumVerifier.Mismatch mismatch : found) {
            (accepted(mismatch.revision().id(), acceptEdited, graph) ? accepted : refused).add(mismatch);
        }
        if (!refused.isEmpty()) {
            throw ChecksumVerifier.error(refused);
        }
        return accepted;
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

    private static boolean accepted(String id, Set<String> acceptEdited, RevisionGraph graph) {
        for (String accept : acceptEdited) {
            if (accept.equals("all") || graph.lookup(accept).id().equals(id)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Hands an offline script over as the goal's result ({@link Output#result}), or writes it to {@code outputFile}
     * when the caller gives one.
     */
    void deliver(String script, Path outputFile) {
        if (outputFile == null) {
            output.result("the SQL", script);
        } else {
            ResultDestination.file(outputFile).write("the SQL", script, output);
        }
    }
}
