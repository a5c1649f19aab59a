package dev.migrate.command;

import dev.migrate.Output;
import dev.migrate.database.ConnectionFactory;
import dev.migrate.database.DatabaseException;
import dev.migrate.database.DatabaseSettings;
import dev.migrate.database.SqlErrors;
import dev.migrate.diff.CatalogDifferences;
import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.Dialects;
import dev.migrate.dialect.GeneratedNames;
import dev.migrate.dialect.ThrowawayDatabase;
import dev.migrate.revision.MigrationPlanner;
import dev.migrate.revision.Plan;
import dev.migrate.revision.RevisionGraph;
import dev.migrate.revision.Statement;
import dev.migrate.revision.StatementSplitter;
import dev.migrate.runner.SchemaSession;
import dev.migrate.schema.Schema;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The offline-equals-online step of {@code migrate:verify}: the offline script for {@code base:head}, run on a second
 * throwaway database, must build the same catalog as the revisions applied one by one.
 */
final class OfflineCheck {

    private final Output output;

    OfflineCheck(Output output) {
        this.output = output;
    }

    /**
     * Creates a second throwaway database beside {@code live}, runs the script on it and reads its catalog, on a
     * spare thread while the stairway climbs on the first (they share nothing but the server); the database is
     * dropped when the catalog is read. {@link #compare} waits for it.
     */
    static CompletableFuture<Schema> start(RevisionGraph graph, DatabaseSettings live,
                                           Function<ThrowawayDatabase, MigrateSettings> settingsFor, Output output) {
        return CompletableFuture.supplyAsync(() -> {
            try (ThrowawayDatabase second = ThrowawayDatabase.create(live)) {
                return build(graph, second, settingsFor, output);
            }
        });
    }

    /** Waits for the catalog {@link #start} builds and compares it with {@code online}, the stairway's at head. */
    void compare(Schema online, CompletableFuture<Schema> offline, Dialect dialect) {
        List<String> differences = CatalogDifferences.between(GeneratedNames.stable(online, dialect),
                GeneratedNames.stable(Futures.join(offline), dialect), "in the offline script's database");
        if (!differences.isEmpty()) {
            throw new VerifyFailedException("The offline script for base:head builds another schema than the "
                    + "revisions applied one by one:\n  - " + String.join("\n  - ", differences)
                    + "\nSee it with 'mvn migrate:upgrade -Dmigrate.sql=true -Dmigrate.target=base:head'.");
        }
        output.info("Offline equals online: the offline script for base:head builds the same schema.");
    }

    private static Schema build(RevisionGraph graph, ThrowawayDatabase second,
                                Function<ThrowawayDatabase, MigrateSettings> settingsFor, Output output) {
        MigrateSettings settings = settingsFor.apply(second);
        Output quiet = output.quiet();
        Plan plan = new MigrationPlanner(graph).upgrade(graph.heads().size() == 1 ? "head" : "heads", Set.of());
        String script = Offline.script(new Workspace(settings, quiet), plan, "upgrade base:head");
        Dialect dialect = Dialects.forUrl(second.settings().url());
        try (SchemaSession session = SchemaSession.open(new ConnectionFactory(second.settings()), dialect,
                settings.schema(), settings.versionTable())) {
            if (!dialect.inspector().schemaExists(session.connection(), session.schema())) {
                dialect.inspector().createSchema(session.connection(), session.schema());
                dialect.inspector().useSchema(session.connection(), session.schema());
            }
            List<Statement> statements = StatementSplitter.split(script, 1, dialect.flavor(), "the offline script");
            try (java.sql.Statement jdbc = session.connection().createStatement()) {
                jdbc.setEscapeProcessing(false);
                for (Statement statement : statements) {
                    try {
                        jdbc.execute(statement.sql());
                    } catch (SQLException e) {
                        throw new VerifyFailedException("The offline script for base:head fails where the online "
                                + "upgrade passed, at its line " + statement.line() + ": "
                                + SqlErrors.message(e, second.settings()) + "\nSee it with 'mvn migrate:upgrade "
                                + "-Dmigrate.sql=true -Dmigrate.target=base:head'.");
                    }
                }
            }
            return dialect.inspector().schemaReader().read(session.connection(), session.schema(), session.ownTables());
        } catch (SQLException e) {
            throw new DatabaseException("Cannot run the offline script on the second throwaway database: "
                    + SqlErrors.message(e, second.settings()));
        }
    }
}
