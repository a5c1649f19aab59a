package dev.migrate.runner;

import dev.migrate.MigrateException;

import java.nio.file.Path;
import java.util.List;

/**
 * How a goal runs on a fleet (DESIGN §9): which tenants ({@code schemas}, {@code schemasQuery} or
 * {@code targetsFile}), which shard of them, how many at once and whether the first failure stops the rest.
 *
 * @param schemas      schema names or patterns ({@code *} any characters, {@code ?} one), or empty
 * @param schemasQuery a query on {@code url} whose first column names the schemas, or null
 * @param targetsFile  a file of JDBC URLs, or null
 * @param parallel     tenants at a time, at least 1
 * @param failFast     whether a failing tenant stops the tenants not yet started
 * @param shard        the part of the fleet this run takes
 */
public record FleetOptions(List<String> schemas, String schemasQuery, Path targetsFile, int parallel,
                           boolean failFast, Shard shard) {

    /** Tenants at a time when {@code parallel} is not given: the cores, at most 8. */
    public static int defaultParallel() {
        return Math.min(8, Runtime.getRuntime().availableProcessors());
    }

    public FleetOptions {
        schemas = schemas == null ? List.of() : schemas.stream().map(String::strip).filter(s -> !s.isEmpty())
                .toList();
        schemasQuery = schemasQuery == null || schemasQuery.isBlank() ? null : schemasQuery.strip();
        shard = shard == null ? Shard.ALL : shard;
        int chosen = (schemas.isEmpty() ? 0 : 1) + (schemasQuery == null ? 0 : 1) + (targetsFile == null ? 0 : 1);
        if (chosen > 1) {
            throw new MigrateException(MigrateException.Kind.SETUP, "Choose the fleet one way: migrate.schemas, "
                    + "migrate.schemasQuery or migrate.targetsFile, not several.");
        }
        if (parallel < 1) {
            throw new MigrateException(MigrateException.Kind.SETUP, "migrate.parallel is " + parallel + ": give "
                    + "the number of tenants to run at once, at least 1 (the default is the number of cores, at most "
                    + "8).");
        }
    }

    /** Whether the goal runs on a fleet rather than on one database. */
    public boolean isFleet() {
        return !schemas.isEmpty() || schemasQuery != null || targetsFile != null;
    }
}
