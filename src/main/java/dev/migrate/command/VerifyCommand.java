package dev.migrate.command;

import dev.migrate.MigrateException;
import dev.migrate.Output;
import dev.migrate.database.ConnectionFactory;
import dev.migrate.database.DatabaseSettings;
import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.Dialects;
import dev.migrate.dialect.EarlyCommits;
import dev.migrate.dialect.ThrowawayDatabase;
import dev.migrate.revision.Direction;
import dev.migrate.revision.MigrationPlanner;
import dev.migrate.revision.Plan;
import dev.migrate.revision.Revision;
import dev.migrate.revision.RevisionGraph;
import dev.migrate.revision.Step;
import dev.migrate.runner.SchemaSession;
import dev.migrate.schema.Schema;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * {@code migrate:verify}: proves every revision up, down and up again on a throwaway database of the same kind as
 * {@code url} (the stairway test), after checking that the revision files have one head. The user's database is
 * never touched.
 */
public final class VerifyCommand {

    private final Workspace workspace;
    private final VerifyOptions options;
    private final EntityOptions entities;
    private final Output output;
    /** Told of each throwaway database as it is made (tests stand in for a SIGTERM with it). */
    private Consumer<ThrowawayDatabase> created = database -> { };

    /** Verify without the entities: the model comparison at head is skipped with a note. */
    public VerifyCommand(MigrateSettings settings, VerifyOptions options, Output output) {
        this(settings, options, null, output);
    }

    /** Verify and, at head, compare the entities with the schema the revisions build ({@code entities} or null). */
    public VerifyCommand(MigrateSettings settings, VerifyOptions options, EntityOptions entities, Output output) {
        this.workspace = new Workspace(settings, output);
        this.options = options;
        this.entities = entities;
        this.output = output;
    }

    /** Tells {@code consumer} of the throwaway database once it is made (for tests). */
    VerifyCommand onThrowaway(Consumer<ThrowawayDatabase> consumer) {
        this.created = consumer;
        return this;
    }

    /** Runs the checks; returns the report when they pass, throws {@link VerifyFailedException} when not. */
    public VerifyReport run() {
        long start = System.nanoTime();
        RevisionGraph graph = workspace.nonEmptyGraph();
        requireHeads(graph);
        MigrationPlanner planner = new MigrationPlanner(graph);
        Plan first = options.from() == null ? new Plan(List.of(), Set.of()) : planner.upgrade(options.from(),
                Set.of());
        List<Step> steps = planner.upgrade(graph.heads().size() == 1 ? "head" : "heads", first.headsAfter()).steps();
        DatabaseSettings live = workspace.settings().database();
        Dialect dialect = Dialects.forUrl(options.verifyUrl() != null ? options.verifyUrl()
                : live == null ? null : live.url());
        splitEverySection(first, steps, dialect);
        ThrowawayDatabase database = options.verifyUrl() != null
                ? ThrowawayDatabase.given(new DatabaseSettings(options.verifyUrl(), live == null ? null
                : live.username(), live == null ? null : live.password(), live == null ? null
                : live.connectTimeout()))
                : ThrowawayDatabase.create(live);
        VerifyReport report = new VerifyReport(database.description());
        database.whenInterrupted(failure -> output.warn(interrupted(database, failure)));
        created.accept(database);
        CompletableFuture<Schema> offline = null;
        try {
            if (options.verifyUrl() == null && options.from() == null) {
                offline = OfflineCheck.start(graph, live, this::throwawaySettings, output);
            }
            output.info("Verifying " + steps.size() + (steps.size() == 1 ? " revision" : " revisions")
                    + (options.from() == null ? "" : " after " + options.from()) + " on the throwaway "
                    + database.description() + ": upgrade, downgrade, compare, upgrade again.");
            Schema atHead;
            try (SchemaSession session = open(database)) {
                atHead = new Stairway(session, output, report).climb(first, steps);
            }
            new ModelCheck(entities, output).atHead(graph, throwawaySettings(database));
            if (options.verifyUrl() != null) {
                output.info("Offline equals online: skipped, migrate.verifyUrl gives one database only.");
            } else if (options.from() != null) {
                output.info("Offline equals online: skipped, as migrate.verify.from starts after base.");
            } else {
                new OfflineCheck(output).compare(atHead, offline, dialect);
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            report.took(millis);
            output.info("Verified " + steps.size() + (steps.size() == 1 ? " revision" : " revisions") + " in "
                    + millis + " ms: each downgrade restores the schema its upgrade started from; "
                    + (graph.heads().size() == 1 ? "one head, " + graph.heads().get(0) : "heads "
                    + String.join(", ", graph.heads()) + ", as migrate.heads names them") + ".");
            return report;
        } catch (RuntimeException e) {
            report.took((System.nanoTime() - start) / 1_000_000);
            if (database.interrupted()) { // the shutdown hook dropped the database under a running statement
                VerifyInterruptedException interrupted = new VerifyInterruptedException(interrupted(database, null));
                report.failed(interrupted.getMessage());
                throw interrupted;
            }
            if (e instanceof MigrateException) {
                report.failed(e.getMessage());
            }
            throw e;
        } finally {
            if (offline != null) {
                offline.exceptionally(failure -> null).join(); // its database is dropped before verify ends
            }
            try {
                database.close();
            } catch (MigrateException e) {
                output.warn(e.getMessage());
            }
            if (options.reportFile() != null) {
                report.write(options.reportFile());
            }
        }
    }

    /**
     * What happened when the JVM shut down before verify ended (Ctrl-C, SIGTERM): whatever failed after that failed
     * because the throwaway database was dropped under it.
     */
    private static String interrupted(ThrowawayDatabase database, MigrateException dropFailed) {
        return "migrate:verify was interrupted (Ctrl-C or SIGTERM) before it ended: " + (dropFailed == null
                ? "the throwaway " + database.description() + " was dropped"
                : dropFailed.getMessage()) + ", and nothing of the database migrate.url names was touched. Run 'mvn "
                + "migrate:verify' again to verify the revisions.";
    }

    /** A throwaway database need not survive a crash: its commits need not wait for the disk. */
    private void noWaitForDisk(SchemaSession session) {
        EarlyCommits earlyCommits = session.dialect().earlyCommits();
        if (earlyCommits != null) {
            try (java.sql.Statement statement = session.connection().createStatement()) {
                statement.execute(earlyCommits.early());
            } catch (SQLException e) {
                output.debug("Commits wait for the disk: '" + earlyCommits.early() + "' failed: " + e.getMessage());
            }
        }
    }

    /** One head, or exactly the heads {@code migrate.heads} names. */
    private void requireHeads(RevisionGraph graph) {
        List<String> heads = graph.heads();
        if (options.heads().isEmpty()) {
            if (heads.size() > 1) {
                throw new VerifyFailedException("migrate:verify needs one head, but the revision files have "
                        + heads.size() + " heads (" + String.join(", ", heads) + "). Join them with 'mvn "
                        + "migrate:merge -Dmigrate.message=\"merge heads\"' and verify again.");
            }
            return;
        }
        Set<String> expected = new TreeSet<>();
        List<String> named = new ArrayList<>();
        for (String name : options.heads()) {
            if (graph.contains(name)) {
                expected.add(name);
                named.add(name);
                continue;
            }
            List<String> candidates = graph.all().stream().map(Revision::id).filter(id -> id.startsWith(name))
                    .sorted().toList();
            if (candidates.size() == 1) {
                expected.add(candidates.get(0));
                named.add(candidates.get(0));
            } else {
                named.add(name + (candidates.isEmpty() ? " (no such revision)" : " (ambiguous: "
                        + String.join(", ", candidates) + ")"));
            }
        }
        if (named.size() != expected.size() || !expected.equals(new TreeSet<>(heads))) {
            throw new VerifyFailedException("migrate:verify expects the heads migrate.heads names (" + String.join(
                    ", ", named) + "), but the revision files have " + heads.size() + (heads.size() == 1 ? " head ("
                    : " heads (") + String.join(", ", heads) + "). Name those heads in -Dmigrate.heads (ids or "
                    + "unique prefixes, comma-separated), or change the revisions so that they have the heads it "
                    + "names, and verify again.");
        }
    }

    /** Splits every section that will run, so that a broken file fails before any database is created. */
    private static void splitEverySection(Plan first, List<Step> steps, Dialect dialect) {
        for (Step step : first.steps()) {
            step.section().statements(dialect.flavor());
        }
        for (Step step : steps) {
            step.section().statements(dialect.flavor());
            new Step(step.revision(), Direction.DOWNGRADE, step.headsAfter(),
                    step.headsBefore()).section().statements(dialect.flavor());
            step.revision().verify().ifPresent(section -> section.statements(dialect.flavor()));
        }
    }

    /** The settings of the user's project pointed at the throwaway database, without a cache. */
    private MigrateSettings throwawaySettings(ThrowawayDatabase database) {
        MigrateSettings settings = workspace.settings();
        return new MigrateSettings(database.settings(), settings.directory(), settings.schema() != null
                ? settings.schema() : database.schema(), settings.versionTable(), settings.lockTimeout(), null);
    }

    private SchemaSession open(ThrowawayDatabase database) {
        MigrateSettings settings = throwawaySettings(database);
        SchemaSession session = SchemaSession.open(new ConnectionFactory(database.settings()),
                Dialects.forUrl(database.settings().url()), settings.schema(), settings.versionTable());
        try {
            if (!session.currentHeads().isEmpty()) {
                throw new MigrateException(MigrateException.Kind.SETUP, "migrate.verifyUrl names a database that is "
                        + "not empty: its " + session.versions().name() + " is at "
                        + String.join(", ", session.currentHeads().stream().sorted().toList()) + ". Give an empty "
                        + "database, or leave migrate.verifyUrl out to let migrate:verify make a throwaway one.");
            }
            session.lockForWriting(settings.lockTimeout(), output.quiet());
            noWaitForDisk(session);
            return session;
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
    }
}
