package dev.migrate.command;

import dev.migrate.runner.FleetRunner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fleet's result as one JSON document ({@code migrate.format=json}): a row per tenant as the summary has it, with
 * its failure and the goal's own JSON result on it, and the names of the tenants that failed.
 */
final class FleetJson {

    private FleetJson() {
    }

    /**
     * {@code {"goal":..,"tenants":[{"tenant":..,"from":..,"to":..,"revisions":..,"millis":..,"result":..,
     * "error":..,"output":..}],"failed":[..]}}: {@code from} and {@code to} as the summary prints them ({@code base},
     * an id, ids joined by {@code +}), null where the goal does not say; {@code result} {@code ok}, {@code failed}
     * or {@code not run}; {@code output} the goal's own JSON for the tenant, or null when it has none.
     */
    static String write(String goal, List<FleetRunner.TenantRun> rows) {
        List<Object> tenants = new ArrayList<>();
        List<Object> failed = new ArrayList<>();
        for (FleetRunner.TenantRun run : rows) {
            Map<String, Object> tenant = new LinkedHashMap<>();
            tenant.put("tenant", run.tenant().name());
            tenant.put("from", heads(run.outcome().from()));
            tenant.put("to", heads(run.outcome().to()));
            tenant.put("revisions", run.outcome().revisions());
            tenant.put("millis", run.time().toMillis());
            tenant.put("result", switch (run.result()) {
                case OK -> "ok";
                case FAILED -> "failed";
                case NOT_RUN -> "not run";
            });
            tenant.put("error", run.error());
            tenant.put("output", output(run.results()));
            tenants.add(tenant);
            if (run.result() == FleetRunner.Result.FAILED) {
                failed.add(run.tenant().name());
            }
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("goal", goal);
        document.put("tenants", tenants);
        document.put("failed", failed);
        return Json.write(document);
    }

    private static String heads(String summary) {
        return summary.equals("-") ? null : summary;
    }

    /** The goal's JSON result; a goal without one (upgrade, check) hands over nothing. */
    private static Object output(List<String> results) {
        if (results.isEmpty()) {
            return null;
        }
        if (results.size() == 1 && results.get(0).strip().startsWith("{")) {
            return new Json.Raw(results.get(0));
        }
        return String.join("", results);
    }
}
