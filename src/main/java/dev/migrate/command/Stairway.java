package dev.migrate.command;

import dev.migrate.Output;
import dev.migrate.database.DatabaseException;
import dev.migrate.database.SqlErrors;
import dev.migrate.diff.CatalogDifferences;
import dev.migrate.dialect.SchemaSnapshots;
import dev.migrate.revision.Direction;
import dev.migrate.revision.Plan;
import dev.migrate.revision.Revision;
import dev.migrate.revision.Step;
import dev.migrate.runner.MigrationFailedException;
import dev.migrate.runner.Migrator;
import dev.migrate.runner.SchemaSession;
import dev.migrate.schema.Schema;

import java.sql.SQLException;
import java.util.List;

/**
 * The stairway test on one database: for each revision, upgrade, run its checks, downgrade, compare the catalog with
 * the one before the upgrade, and upgrade again. The revisions run through the same {@link Migrator} as
 * {@code upgrade} and {@code downgrade}; the catalog is read with {@link SchemaSnapshots}, which reads again only what
 * changed where the database can tell.
 */
final class Stairway {

    private final SchemaSession session;
    private final Migrator migrator;
    private final VerifyChecks checks;
    private final Output output;
    private final VerifyReport report;
    private final SchemaSnapshots snapshots;
    private long applyNanos;
    private long readNanos;

    Stairway(SchemaSession session, Output output, VerifyReport report) {
        this.session = session;
        this.snapshots = new SchemaSnapshots(session.dialect().inspector().schemaReader(), session.schema(),
                session.ownTables());
        this.migrator = new Migrator(session, output.quiet(), false); // the session commits early already
        this.checks = new VerifyChecks(session);
        this.output = output;
        this.report = report;
    }

    /**
     * Applies {@code start} in one go, then climbs {@code steps} one revision at a time; returns the catalog at the
     * top.
     */
    Schema climb(Plan start, List<Step> steps) {
        if (!start.isEmpty()) {
            apply(start);
        }
        Schema before = snapshot();
        for (Step up : steps) {
            Revision revision = up.revision();
            Step down = new Step(revision, Direction.DOWNGRADE, up.headsAfter(), up.headsBefore());
            long upMillis = apply(new Plan(List.of(up), up.headsAfter()));
            int ran = checks.run(revision);
            long downMillis = apply(new Plan(List.of(down), down.headsAfter()));
            List<String> differences = CatalogDifferences.between(before, snapshot(), "after the downgrade");
            if (!differences.isEmpty()) {
                throw new VerifyFailedException(revision.displayFile() + ": the downgrade of revision "
                        + revision.id() + " (" + revision.message() + ") does not undo its upgrade:\n  - "
                        + String.join("\n  - ", differences) + "\nMake the '-- migrate:downgrade' section undo every "
                        + "change of the upgrade, then run 'mvn migrate:verify' again.");
            }
            apply(new Plan(List.of(up), up.headsAfter()));
            before = snapshot(); // after the second upgrade: names the database makes up (H2) are new
            report.add(new VerifyReport.Step(revision.id(), revision.message(), revision.displayFile(), upMillis,
                    downMillis, ran));
            output.info(revision.id() + " " + revision.message() + ": up " + upMillis + " ms, down " + downMillis
                    + " ms" + (ran == 0 ? "" : ", " + ran + (ran == 1 ? " check" : " checks") + " passed"));
        }
        output.debug("Stairway: applying took " + applyNanos / 1_000_000 + " ms, reading the catalog "
                + readNanos / 1_000_000 + " ms (" + snapshots.summary() + ").");
        return before;
    }

    /** Runs a plan; returns how long it took in milliseconds. */
    private long apply(Plan plan) {
        long start = System.nanoTime();
        try {
            migrator.run(plan);
            applyNanos += System.nanoTime() - start;
        } catch (MigrationFailedException e) {
            String message = e.getMessage();
            int newline = message.indexOf('\n');
            throw new VerifyFailedException((newline < 0 ? message : message.substring(0, newline))
                    + "\nFix the SQL and run 'mvn migrate:verify' again (the throwaway database is dropped).");
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private Schema snapshot() {
        try {
            long start = System.nanoTime();
            Schema schema = snapshots.read(session.connection());
            readNanos += System.nanoTime() - start;
            return schema;
        } catch (SQLException e) {
            throw new DatabaseException("Cannot read the catalog of the throwaway database: "
                    + SqlErrors.message(e, session.connections().settings()));
        }
    }
}
