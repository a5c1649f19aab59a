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
import dev.migrate.runner.ChecksumVerifier;
import dev.migrate.runner.HistoryEntry;
import dev.migrate.runner.SchemaSession;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

    Workspace(MigrateSettings settings, Output output) {
        this.settings = settings;
        this.output = output;
        this.directory = new RevisionDirectory(settings.directory());
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
            graph = directory.graph();
        }
        return graph;
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
                    + directoryName() + ". Create the first one with 'mvn migrate:revision -Dmigrate.message=\"...\"'.");
        }
        return g;
    }

    Dialect dialect() {
        return Dialects.forUrl(settings.hasDatabase() ? settings.database().url() : null);
    }

    SchemaSession openForWriting(Dialect dialect) {
        ConnectionFactory connections = new ConnectionFactory(settings.database());
        SchemaSession session = SchemaSession.forWriting(connections, dialect, settings.schema(),
                settings.versionTable(), settings.lockTimeout(), output);
        announce(session);
        return session;
    }

    SchemaSession openForReading(Dialect dialect) {
        ConnectionFactory connections = new ConnectionFactory(settings.database());
        SchemaSession session = SchemaSession.forReading(connections, dialect, settings.schema(),
                settings.versionTable());
        output.debug("Database: " + dialect.name() + " at " + settings.database().maskedUrl() + ", schema "
                + session.schema());
        return session;
    }

    private void announce(SchemaSession session) {
        output.info("Database: " + session.dialect().name() + " at " + settings.database().maskedUrl() + ", schema "
                + session.dialect().identifier(session.schema()));
    }

    /** The current heads, checked against the revision files. */
    Set<String> knownHeads(SchemaSession session, RevisionGraph graph) {
        Set<String> current = session.currentHeads();
        Set<String> unknown = graph.unknown(current);
        if (!unknown.isEmpty()) {
            throw new UnknownCurrentRevisionException(unknown, session.versions().name(), directoryName());
        }
        return current;
    }

    /**
     * Reports applied revisions edited since they ran, unless the user accepted them ({@code acceptEdited}: ids,
     * prefixes or {@code all}); accepted edits are recorded so that they are not reported again.
     */
    void verifyChecksums(SchemaSession session, RevisionGraph graph, Set<String> current, Set<String> acceptEdited) {
        List<HistoryEntry> history = session.history().read(session.connection());
        List<ChecksumVerifier.Mismatch> mismatches = ChecksumVerifier.mismatches(graph, graph.ancestors(current),
                history);
        List<ChecksumVerifier.Mismatch> refused = new ArrayList<>();
        for (ChecksumVerifier.Mismatch mismatch : mismatches) {
            if (accepted(mismatch.revision().id(), acceptEdited, graph)) {
                try {
                    session.history().insert(session.connection(), mismatch.revision().id(), "accept",
                            mismatch.current(), mismatch.revision().message(), java.time.Instant.now(), 0);
                } catch (java.sql.SQLException e) {
                    throw new dev.migrate.database.DatabaseException("Cannot record the accepted edit of "
                            + mismatch.revision().id() + ": " + e.getMessage());
                }
                output.warn("Accepted the edit of applied revision " + mismatch.revision().id() + " ("
                        + mismatch.revision().displayFile() + "): checksum " + mismatch.recorded() + " -> "
                        + mismatch.current());
            } else {
                refused.add(mismatch);
            }
        }
        if (!refused.isEmpty()) {
            throw ChecksumVerifier.error(refused);
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

    /** Writes an offline script to {@code outputFile}, or to the log when there is none. */
    void deliver(String script, Path outputFile) {
        if (outputFile == null) {
            for (String line : script.split("\n", -1)) {
                output.info(line);
            }
            return;
        }
        try {
            Path parent = outputFile.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(outputFile, script, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MigrateException(MigrateException.Kind.SETUP, "Cannot write migrate.outputFile "
                    + DisplayPaths.of(outputFile) + ": " + e.getMessage());
        }
        output.info("Wrote the SQL to " + DisplayPaths.of(outputFile));
    }
}
