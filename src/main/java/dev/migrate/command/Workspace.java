package dev.migrate.command;

import dev.migrate.MigrateException;
import dev.migrate.Output;
import dev.migrate.database.ConnectionFactory;
import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.Dialects;
import dev.migrate.revision.DisplayPaths;
import dev.migrate.revision.RevisionDirectory;
import dev.migrate.revision.RevisionGraph;
import dev.migrate.revision.RevisionReading;
import dev.migrate.runner.CurrentHeads;
import dev.migrate.runner.SchemaRunner;
import dev.migrate.runner.SchemaSession;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What the goals share: the revision folder read once (on a spare thread while the database opens), the dialect,
 * opening the database with the files' errors first, and the {@link SchemaRunner} for the revisions.
 */
final class Workspace {

    private final MigrateSettings settings;
    private final Output output;
    private final RevisionDirectory directory;
    /** Whether the run holds one connection, its lock on it where the database allows (a fleet's tenant). */
    private final boolean oneConnection;
    private RevisionGraph graph;
    private RevisionReading reading;

    Workspace(MigrateSettings settings, Output output) {
        this(settings, output, false);
    }

    private Workspace(MigrateSettings settings, Output output, boolean oneConnection) {
        this.settings = settings;
        this.output = output;
        this.oneConnection = oneConnection;
        this.directory = new RevisionDirectory(settings.directory(), settings.cacheDirectory());
    }

    /**
     * A workspace for one tenant of a fleet: the revision files were read once, for the whole fleet, and the tenant
     * holds one connection, its migration lock on it where the database allows ({@link SchemaSession#open}).
     */
    Workspace(MigrateSettings settings, Output output, RevisionGraph graph) {
        this(settings, output, true);
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
            graph = reading != null ? reading.graph() : directory.graph();
        }
        return graph;
    }

    /**
     * Starts reading the revision files on another thread, so that they are parsed while the database connection
     * opens. The files' errors still come first: see {@link #openAfter}.
     */
    private void readGraphInBackground() {
        if (graph == null && reading == null && directory.exists()) {
            reading = RevisionReading.start(directory);
        }
    }

    /** Waits until the parsed files are written to the cache, so that nothing is left writing when the goal ends. */
    private void awaitSaving() {
        if (reading != null) {
            reading.awaitSaved();
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
                settings.versionTable(), oneConnection);
    }

    /** The runner of upgrade, downgrade and stamp for the revisions of {@code graph}. */
    SchemaRunner runner(RevisionGraph graph) {
        return new SchemaRunner(graph, directoryName(), settings.lockTimeout(), output);
    }

    /**
     * The current heads, checked against the revision files; fails when a revision did not complete, as nothing may
     * run on top of it.
     */
    Set<String> knownHeads(SchemaSession session, RevisionGraph graph) {
        return CurrentHeads.known(session, graph, directoryName());
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
