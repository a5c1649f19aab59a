package dev.migrate.command;

import dev.migrate.database.SqlErrors;
import dev.migrate.revision.Revision;
import dev.migrate.revision.Section;
import dev.migrate.revision.Statement;
import dev.migrate.runner.SchemaSession;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Runs a revision's {@code -- migrate:verify} section after its upgrade: each statement is an assertion that fails
 * when it raises an error, or when it is a query whose first row's first value is false (or 0).
 */
final class VerifyChecks {

    private final SchemaSession session;

    VerifyChecks(SchemaSession session) {
        this.session = session;
    }

    /** Runs the checks of {@code revision}; returns how many ran. */
    int run(Revision revision) {
        if (revision.verify().isEmpty()) {
            return 0;
        }
        Section section = revision.verify().get();
        List<Statement> statements = section.statements(session.dialect().flavor());
        for (Statement statement : statements) {
            String where = revision.displayFile() + ":" + statement.line() + ": the verify check of revision "
                    + revision.id() + " ";
            try (java.sql.Statement jdbc = session.connection().createStatement()) {
                jdbc.setEscapeProcessing(false);
                if (jdbc.execute(statement.sql()) && isFalse(jdbc.getResultSet())) {
                    throw new VerifyFailedException(where + "returned false after its upgrade: "
                            + firstLine(statement.sql()) + "\nFix the upgrade (or the check) and run 'mvn "
                            + "migrate:verify' again.");
                }
            } catch (SQLException e) {
                throw new VerifyFailedException(where + "failed after its upgrade: "
                        + SqlErrors.message(e, session.connections().settings()) + "\nFix the upgrade (or the check) "
                        + "and run 'mvn migrate:verify' again.");
            }
        }
        return statements.size();
    }

    private static boolean isFalse(ResultSet rows) throws SQLException {
        try (rows) {
            if (!rows.next()) {
                return false;
            }
            Object value = rows.getObject(1);
            return Boolean.FALSE.equals(value) || (value instanceof Number n && n.doubleValue() == 0);
        }
    }

    private static String firstLine(String sql) {
        String stripped = sql.strip();
        int newline = stripped.indexOf('\n');
        return newline < 0 ? stripped : stripped.substring(0, newline) + " ...";
    }
}
