package dev.migrate.runner;

import dev.migrate.Output;
import dev.migrate.database.DatabaseException;
import dev.migrate.database.SqlErrors;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Set;

/** Writes a stamp: the version table's new rows, a history row for each, and the end of any incomplete mark. */
final class StampWriter {

    private StampWriter() {
    }

    /** Replaces {@code before} by {@code after} in one transaction; {@code purge} first empties the table. */
    static void write(SchemaSession session, Set<String> before, Set<String> after, boolean purge) {
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

    /** Where a commit alone is not durable (H2), makes it so before saying it was done. */
    static void awaitDurable(SchemaSession session, Output output) {
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
}
