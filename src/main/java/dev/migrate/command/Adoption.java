package dev.migrate.command;

import dev.migrate.Output;
import dev.migrate.revision.MigrationPlanner;
import dev.migrate.revision.RevisionGraph;
import dev.migrate.runner.ExistingTablesException;
import dev.migrate.runner.Operation;
import dev.migrate.runner.SchemaSession;

import java.util.List;
import java.util.Set;

/**
 * What {@code upgrade} does with a schema that holds tables but no version table: refuses, unless
 * {@code migrate.baseline} names the revision the tables match (stamped first, like Flyway's baselineOnMigrate) or
 * {@code base} (every revision runs on top of them).
 */
final class Adoption {

    private final Workspace workspace;
    private final Output output;

    Adoption(Workspace workspace, Output output) {
        this.workspace = workspace;
        this.output = output;
    }

    /**
     * Checks the schema before anything runs; with a baseline revision, takes the lock and stamps it when this run
     * created the version table (another run that got there first has adopted the schema already).
     * {@code checkTarget} is called before anything is written, so that a refused target leaves no stamp behind.
     */
    void check(SchemaSession session, RevisionGraph graph, String baseline, Runnable checkTarget) {
        if (session.hasVersionTable()) {
            ignored(baseline, "the schema has its version table");
            return;
        }
        List<String> tables = session.otherTables();
        if (tables.isEmpty()) {
            ignored(baseline, "the schema holds no table");
            return;
        }
        String schema = session.dialect().identifier(session.schema());
        if (baseline == null || baseline.isBlank()) {
            throw new ExistingTablesException(schema, session.versions().name(), tables);
        }
        Set<String> heads = new MigrationPlanner(graph).stamp(baseline.trim(), Set.of());
        checkTarget.run();
        if (heads.isEmpty()) {
            output.info("Schema " + schema + " holds " + tables.size() + (tables.size() == 1 ? " table" : " tables")
                    + " and no version table: every revision runs on top of them (migrate.baseline=base).");
            return;
        }
        session.lockForWriting(workspace.settings().lockTimeout(), output);
        if (session.createdVersionTable()) {
            workspace.runner(graph).run(session, new Operation.Stamp(baseline.trim(), false));
            output.info("Stamped " + session.versions().name() + ": base (no revision applied) -> "
                    + Heads.describe(graph, heads) + " (migrate.baseline: the schema's existing tables)");
        }
    }

    private void ignored(String baseline, String why) {
        if (baseline != null && !baseline.isBlank()) {
            output.debug("migrate.baseline=" + baseline + " is not used: " + why + ".");
        }
    }
}
