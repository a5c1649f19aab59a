package dev.migrate.command;

import dev.migrate.revision.Plan;
import dev.migrate.runner.OfflineScript;
import dev.migrate.runner.SchemaSession;

/** Renders offline scripts with the workspace's dialect, schema and version table. */
final class Offline {

    private Offline() {
    }

    static OfflineScript writer(Workspace workspace) {
        MigrateSettings settings = workspace.settings();
        SchemaSession.checkName("migrate.schema", settings.schema());
        SchemaSession.checkName("migrate.versionTable", settings.versionTable());
        var dialect = workspace.dialect();
        String schema = settings.schema() == null ? null : dialect.fold(settings.schema());
        return new OfflineScript(dialect, schema, settings.versionTable());
    }

    static String script(Workspace workspace, Plan plan, String description) {
        return writer(workspace).plan(plan, description);
    }
}
