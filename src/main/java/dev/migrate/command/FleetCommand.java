package dev.migrate.command;

import dev.migrate.MigrateException;
import dev.migrate.Output;
import dev.migrate.database.DatabaseSettings;
import dev.migrate.database.Secrets;
import dev.migrate.revision.RevisionGraph;
import dev.migrate.runner.FleetOptions;
import dev.migrate.runner.FleetRunner;
import dev.migrate.runner.FleetSelection;
import dev.migrate.runner.Tenant;
import dev.migrate.runner.TenantOutcome;

import java.util.List;

/**
 * A goal on a fleet (DESIGN §9): chooses the tenants and this run's shard of them, reads the revision files once,
 * and runs the goal on each tenant in its own workspace (its schema, or its database from the targets file) through
 * {@link FleetRunner}.
 */
public final class FleetCommand {

    /** The credentials of a settings.xml server, for a targets-file line {@code serverId=jdbc:...}. */
    @FunctionalInterface
    public interface Servers {
        /** The settings for {@code url} with the user and password of server {@code serverId}. */
        DatabaseSettings settingsFor(String serverId, String url);
    }

    private final MigrateSettings settings;
    private final FleetOptions fleet;
    private final Servers servers;
    private final Output output;

    public FleetCommand(MigrateSettings settings, FleetOptions fleet, Servers servers, Output output) {
        this.settings = settings;
        this.fleet = fleet;
        this.servers = servers;
        this.output = output;
    }

    /** Runs {@code goal} on every tenant of this run; throws naming the tenants that failed. */
    public List<FleetRunner.TenantRun> run(FleetGoal goal) {
        if (settings.schema() != null && fleet.targetsFile() == null) {
            throw new MigrateException(MigrateException.Kind.SETUP, "migrate.schema (" + settings.schema() + ") and "
                    + (fleet.schemasQuery() != null ? "migrate.schemasQuery" : "migrate.schemas") + " are both set: "
                    + "a fleet's tenants are its schemas, so leave migrate.schema out.");
        }
        Workspace files = new Workspace(settings, output);
        RevisionGraph graph = goal.needsRevisions() ? files.nonEmptyGraph() : files.graphOrEmpty();
        List<Tenant> tenants = FleetSelection.select(fleet, settings.database());
        output.info("Fleet: migrate:" + goal.name() + " on " + tenants.size() + " tenants"
                + (fleet.shard().count() == 1 ? "" : " (shard " + fleet.shard() + ")") + ", " + fleet.parallel()
                + " at a time" + (fleet.failFast() ? ", stopping at the first failure" : "") + "; "
                + graph.size() + " revision files read once");
        if (tenants.isEmpty()) {
            output.info("Shard " + fleet.shard() + " holds none of the fleet's tenants: nothing to do.");
            return List.of();
        }
        return new FleetRunner(fleet.parallel(), fleet.failFast(), output).run(tenants,
                (tenant, tenantOutput) -> runOn(tenant, goal, graph, tenantOutput));
    }

    private TenantOutcome runOn(Tenant tenant, FleetGoal goal, RevisionGraph graph, Output tenantOutput) {
        MigrateSettings tenantSettings = settingsFor(tenant);
        Secrets secrets = Secrets.of(tenantSettings.database());
        try {
            return goal.run(new Workspace(tenantSettings, tenantOutput, graph), tenantOutput);
        } catch (MigrateException e) {
            if (secrets.leaksIn(e.getMessage())) {
                throw new MigrateException(e.kind(), secrets.scrub(e.getMessage()));
            }
            throw e;
        }
    }

    private MigrateSettings settingsFor(Tenant tenant) {
        DatabaseSettings database = settings.database();
        String schema = settings.schema();
        if (tenant.url() == null) {
            schema = tenant.schema();
        } else if (tenant.serverId() != null) {
            database = servers.settingsFor(tenant.serverId(), tenant.url());
        } else {
            database = new DatabaseSettings(tenant.url(), database.username(), database.password(),
                    database.connectTimeout());
        }
        return new MigrateSettings(database, settings.directory(), schema, settings.versionTable(),
                settings.lockTimeout(), settings.cacheDirectory());
    }
}
