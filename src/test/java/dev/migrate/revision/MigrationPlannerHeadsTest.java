package dev.migrate.revision;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The planner's heads per step, on a graph with branches, a merge and a dependency; and a long chain (the benchmark measures its speed). */
class MigrationPlannerHeadsTest {

    private static Revision revision(String id, List<String> parents, List<String> dependsOn) {
        return new Revision(id, parents, dependsOn, List.of(), id, "", Path.of(id + ".sql"),
                new Section("upgrade", "SELECT 1;", 1, true, id + ".sql"),
                Optional.of(new Section("downgrade", "SELECT 1;", 1, true, id)));
    }

    // a <- b <- c <- m (merge of c and e);  a <- d <- e;  f depends on d, revises nothing (a second base)
    private static final RevisionGraph BRANCHED = RevisionGraph.of(List.of(
            revision("aaaa00000001", List.of(), List.of()),
            revision("bbbb00000002", List.of("aaaa00000001"), List.of()),
            revision("cccc00000003", List.of("bbbb00000002"), List.of()),
            revision("dddd00000004", List.of("aaaa00000001"), List.of()),
            revision("eeee00000005", List.of("dddd00000004"), List.of()),
            revision("ffff00000006", List.of(), List.of("dddd00000004")),
            revision("abab00000007", List.of("cccc00000003", "eeee00000005"), List.of())));

    @Test
    void everyUpgradeStepMovesTheHeadsExactlyAsRecomputingThemFromTheAppliedSetWould() {
        for (Set<String> current : List.of(Set.<String>of(), Set.of("bbbb00000002"), Set.of("cccc00000003",
                "dddd00000004"))) {
            Plan plan = new MigrationPlanner(BRANCHED).upgrade("heads", current);
            Set<String> applied = new HashSet<>(BRANCHED.ancestors(current));
            for (Step step : plan.steps()) {
                applied.add(step.revision().id());
                assertEquals(BRANCHED.headsOf(applied), step.headsAfter(), "after " + step.revision().id());
            }
            assertEquals(Set.of("abab00000007", "ffff00000006"), plan.headsAfter());
        }
    }

    @Test
    void everyDowngradeStepMovesTheHeadsExactlyAsRecomputingThemFromTheAppliedSetWould() {
        Set<String> top = Set.of("abab00000007", "ffff00000006");
        for (String target : List.of("base", "aaaa00000001", "dddd00000004")) {
            Plan plan = new MigrationPlanner(BRANCHED).downgrade(target, top);
            Set<String> applied = new HashSet<>(BRANCHED.ancestors(top));
            for (Step step : plan.steps()) {
                applied.remove(step.revision().id());
                assertEquals(BRANCHED.headsOf(applied), step.headsAfter(), "after reverting " + step.revision().id());
            }
        }
    }

    @Test
    void aChainOfTenThousandRevisionsPlansUpAndDown() {
        List<Revision> chain = new ArrayList<>();
        for (int i = 1; i <= 10_000; i++) {
            chain.add(revision(String.format("%012x", i), i == 1 ? List.of() : List.of(String.format("%012x", i - 1)),
                    List.of()));
        }
        RevisionGraph graph = RevisionGraph.of(chain);
        Plan up = new MigrationPlanner(graph).upgrade("head", Set.of());
        Plan down = new MigrationPlanner(graph).downgrade("base", up.headsAfter());
        assertEquals(10_000, up.steps().size());
        assertEquals(10_000, down.steps().size());
        assertEquals(Set.of(), down.headsAfter());
    }
}
