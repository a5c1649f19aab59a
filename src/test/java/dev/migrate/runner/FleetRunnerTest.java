package dev.migrate.runner;

import dev.migrate.MigrateException;
import dev.migrate.testing.RecordingOutput;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fleet's bound on connections, and what a caller that keeps the tenants' results receives; no database. */
class FleetRunnerTest {

    private static List<Tenant> tenants(int count) {
        List<Tenant> tenants = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            tenants.add(Tenant.schema(String.format("t%02d", i)));
        }
        return tenants;
    }

    /** Runs tenants that each hold {@code connections} for a while; returns the most that ran at once. */
    private static int mostAtOnce(int parallel, int connections) {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        new FleetRunner(parallel, false, tenant -> connections, new RecordingOutput()).run(tenants(8),
                (tenant, output) -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    running.decrementAndGet();
                    return TenantOutcome.unchanged("base");
                });
        return most.get();
    }

    @Test
    void tenantsThatHoldTwoConnectionsRunHalfAsManyAtOnce() {
        assertEquals(4, mostAtOnce(4, 1));
        assertEquals(2, mostAtOnce(4, 2));
        assertEquals(1, mostAtOnce(3, 2));
        assertEquals(1, mostAtOnce(1, 2), "a tenant that needs more than parallel runs alone");
    }

    @Test
    void aCallerThatKeepsTheResultsGetsEveryRowBeforeTheFailureIsThrown() {
        RecordingOutput out = new RecordingOutput();
        AtomicReference<List<FleetRunner.TenantRun>> reported = new AtomicReference<>();

        FleetFailedException e = assertThrows(FleetFailedException.class, () -> new FleetRunner(2, false, out)
                .run(tenants(3), (tenant, output) -> {
                    if (tenant.name().equals("t02")) {
                        throw new MigrateException(MigrateException.Kind.PROJECT, "t02 is broken\nsecond line");
                    }
                    output.result("the current revisions", "{\"current\":[]}\n");
                    return TenantOutcome.unchanged("base");
                }, reported::set));

        assertEquals(List.of("t02"), e.failed());
        List<FleetRunner.TenantRun> rows = reported.get();
        assertEquals(List.of("t01", "t02", "t03"), rows.stream().map(r -> r.tenant().name()).toList());
        assertEquals(List.of("{\"current\":[]}\n"), rows.get(0).results());
        assertEquals(List.of(), rows.get(1).results());
        assertEquals("t02 is broken\nsecond line", rows.get(1).error());
        assertEquals(FleetRunner.Result.FAILED, rows.get(1).result());
        // kept, not printed: the lines hold no result
        assertTrue(out.lines().stream().noneMatch(l -> l.contains("current\":")), out.lines()::toString);
        assertTrue(out.lines().contains("WARN t02: second line"), out.lines()::toString);
    }
}
