package dev.migrate.command;

import dev.migrate.MigrateException;
import dev.migrate.Output;
import dev.migrate.database.DatabaseException;
import dev.migrate.database.SqlErrors;
import dev.migrate.revision.MigrationPlanner;
import dev.migrate.revision.RevisionGraph;
import dev.migrate.revision.UnknownCurrentRevisionException;
import dev.migrate.runner.IncompleteRevision;
import dev.migrate.runner.SchemaSession;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** {@code migrate:stamp}: sets the version table to a target without running any revision. */
public final class StampCommand {

    private final Workspace workspace;
    private final Output output;

    public StampCommand(MigrateSettings settings, Output output) {
        this.workspace = new Workspace(settings, output);
        this.output = output;
    }

    /** On one tenant of a fleet, whose workspace holds the revision files read once for the whole fleet. */
    StampCommand(Workspace workspace, Output output) {
        this.workspace = workspace;
        this.output = output;
    }

    /** Stamps {@code target}; {@code purge} first empties a version table that names unknown revisions. */
    public Set<String> run(String target, boolean purge) {
        requireTarget(target);
        try (SchemaSession session = workspace.openAfter(workspace::graph, true)) {
            RevisionGraph graph = workspace.graph();
            Set<String> before = session.currentHeads();
            if (!purge && !graph.unknown(before).isEmpty()) {
                throw new UnknownCurrentRevisionException(graph.unknown(before), session.versions().name(),
                        workspace.directoryName());
            }
            Set<String> after = new MigrationPlanner(graph).stamp(target, purge ? Set.of() : before);
            session.lockForWriting(workspace.settings().lockTimeout(), output);
            before = session.currentHeads();
            if (!purge && !graph.unknown(before).isEmpty()) {
                throw new UnknownCurrentRevisionException(graph.unknown(before), session.versions().name(),
                        workspace.directoryName());
            }
            after = new MigrationPlanner(graph).stamp(target, purge ? Set.of() : before);
            List<IncompleteRevision> incomplete = session.incompleteRevisions();
            write(session, before, after, purge);
            awaitDurable(session);
            output.info("Stamped " + session.versions().name() + ": " + Heads.describe(graph, before) + " -> "
                    + Heads.describe(graph, after) + (purge ? " (purged the old rows)" : ""));
            for (IncompleteRevision revision : incomplete) {
                output.info("Cleared the mark of an incomplete revision (" + revision.summary() + "): the stamp "
                        + "states that the database is at " + Heads.describe(graph, after) + ".");
            }
            return after;
        }
    }

    /** Where a commit alone is not durable (H2), makes it so before saying it was done. */
    private void awaitDurable(SchemaSession session) {
        if (session.dialect().commitIsDurable()) {
            return;
        }
        try {
            session.dialect().awaitDurable(session.connection());
        } catch (SQLException e) {
            output.warn(session.dialect().name() + " did not confirm that the stamp is on disk: "
                    + SqlErrors.message(e, session.connections().settings()) + ". "
                    + session.dialect().notDurableHint());
        }
    }

    private void write(SchemaSession session, Set<String> before, Set<String> after, boolean purge) {
        Connection connection = session.connection();
        try {
            connection.setAutoCommit(false);
            if (purge) {
                session.versions().clear(connection);
            }
            session.versions().update(connection, purge ? Set.of() : before, after);
            session.history().resolveIncomplete(connection);
            Instant now = Instant.now();
            for (String id : after) {
                session.history().insert(connection, id, "stamp", null, null, now, 0);
            }
            connection.commit();
        } catch (SQLException e) {
            try {
                connection.rollback();
            } catch (SQLException ignored) {
                // the original failure matters
            }
            throw new DatabaseException("Cannot stamp " + session.versions().name() + ": " + e.getMessage());
        } finally {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException ignored) {
                // closing follows
            }
        }
    }

    /** The SQL a stamp would run ({@code target} or {@code from:target}), without connecting. */
    public String offline(String range, boolean purge, Path outputFile) {
        requireTarget(range);
        RevisionGraph graph = workspace.graph();
        OfflineRange r = OfflineRange.parse(range, "base", graph);
        Set<String> after = new MigrationPlanner(graph).stamp(r.to(), r.from());
        String script = Offline.writer(workspace).stamp(r.from(), after, purge, "stamp " + r.text());
        workspace.deliver(script, outputFile);
        return script;
    }

    private static void requireTarget(String target) {
        if (target == null || target.isBlank()) {
            throw new MigrateException(MigrateException.Kind.SETUP, "migrate:stamp needs a target: "
                    + "-Dmigrate.target=head (adopt a database that already has the schema), base, or a revision id.");
        }
    }
}
