package dev.migrate.command;

import dev.migrate.MigrateException;
import dev.migrate.Output;
import dev.migrate.database.DatabaseSettings;
import dev.migrate.database.Secrets;
import dev.migrate.dialect.Dialects;
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
 * {@link FleetRunner}, at most {@code parallel} connections at once. The tenants' results are handed over once, at
 * the end: with {@code migrate.format=json} as one JSON document ({@link FleetJson}).
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
        return run(goal, ResultFormat.TEXT);
    }

    /**
     * Runs {@code goal} on every tenant of this run; the tenants' results are kept and handed over once at the end
     * ({@link Output#result}), so that an {@code outputFile} holds them all: with {@link ResultFormat#JSON} as one
     * document, failed tenants included, otherwise as the tenants' lines in the fleet's order, each prefixed with the
     * tenant's name. Throws naming the tenants that failed.
     */
    public List<FleetRunner.TenantRun> run(FleetGoal goal, ResultFormat format) {
        if (settings.schema() != null && fleet.targetsFile() == null) {
            throw new MigrateException(MigrateException.Kind.SETUP, "migrate.schema (" + settings.schema() + ") and "
                    + (fleet.schemasQuery() != null ? "migrate.schemasQuery" : "migrate.schemas") + " are both set: "
                    + "a fleet's tenants are its schemas, so leave migrate.schema out.");
        }
        Workspace files = new Workspace(settings, output);
        RevisionGraph graph = goal.needsRevisions() ? files.nonEmptyGraph() : files.graphOrEmpty();
        List<Tenant> tenants = FleetSelection.select(fleet, settings.database());
        output.info("Fleet: migrate:" + goal.name() + " on " + tenants.size() + " tenants"
                + (fleet.shard().count() == 1 ? "" : " (shard " + fleet.shard() + ")") + ", " + atOnce(tenants)
                + (fleet.failFast() ? ", stopping at the first failure" : "") + "; "
                + graph.size() + " revision files read once");
        if (tenants.isEmpty()) {
            output.info("Shard " + fleet.shard() + " holds none of the fleet's tenants: nothing to do.");
            return List.of();
        }
        FleetRunner runner = new FleetRunner(fleet.parallel(), fleet.failFast(), this::connectionsOf, output);
        FleetRunner.TenantWork work = (tenant, tenantOutput) -> runOn(tenant, goal, graph, tenantOutput);
        return runner.run(tenants, work, rows -> {
            String result = format == ResultFormat.JSON ? FleetJson.write(goal.name(), rows) + "\n" : prefixed(rows);
            if (!result.isEmpty()) {
                output.result("the fleet's result", result);
            }
        });
    }

    /** The tenants' text results in the fleet's order, each line prefixed with the tenant's name. */
    private static String prefixed(List<FleetRunner.TenantRun> rows) {
        StringBuilder text = new StringBuilder();
        for (FleetRunner.TenantRun run : rows) {
            for (String result : run.results()) {
                String body = result.endsWith("\n") ? result.substring(0, result.length() - 1) : result;
                if (!body.isEmpty()) {
                    for (String line : body.split("\n", -1)) {
                        text.append(run.tenant().name()).append(": ").append(line).append('\n');
                    }
                }
            }
        }
        return text.toString();
    }

    /** How many tenants run at once: {@code parallel}, or half as many where each holds two connections (H2). */
    private String atOnce(List<Tenant> tenants) {
        int parallel = fleet.parallel();
        if (parallel == 1 || !tenants.stream().allMatch(tenant -> connectionsOf(tenant) == 2)) {
            return parallel + " at a time";
        }
        return parallel / 2 + " at a time (two connections each, as the migration lock needs its own: " + parallel
                + " in all)";
    }

    /**
     * The connections a tenant's run holds at once: one, or two where the database's migration lock needs a
     * connection of its own (H2: an open transaction), so that the fleet stays within {@code parallel} connections.
     */
    private int connectionsOf(Tenant tenant) {
        try {
            return Dialects.forUrl(tenant.url() != null ? tenant.url() : settings.database().url()).locker()
                    .survivesCommits() ? 1 : 2;
        } catch (RuntimeException unknownDatabase) {
            return 1; // the tenant's own run reports it
        }
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
