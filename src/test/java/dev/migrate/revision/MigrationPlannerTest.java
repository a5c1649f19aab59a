package dev.migrate.revision;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Target resolution and the steps of upgrade, downgrade and stamp, on graphs built in memory. */
class MigrationPlannerTest {

    /** a1 <- b2 <- c3 */
    private static Revisions linear() {
        return new Revisions().add("a1", "").add("b2", "a1").add("c3", "b2");
    }

    /** a1 <- b2 <- c3 <- d4 (label feature) and c3 <- e5; m6 merges d4 and e5. */
    private static Revisions merged() {
        return linear().add("d4", "c3", "feature", "").add("e5", "c3").add("m6", "d4, e5");
    }

    /** a1 <- b2 <- c3 <- d4 (label feature) and c3 <- e5: two heads. */
    private static Revisions branched() {
        return linear().add("d4", "c3", "feature", "").add("e5", "c3");
    }

    private static List<String> ids(Plan plan) {
        return plan.steps().stream().map(s -> s.revision().id()).toList();
    }

    @Test
    void upgradeToHeadFromEmptyAppliesEveryRevisionParentsFirst() {
        Plan plan = linear().planner().upgrade("head", Set.of());

        assertEquals(List.of("a1", "b2", "c3"), ids(plan));
        assertEquals(Set.of("c3"), plan.headsAfter());
        assertEquals(Set.of(), plan.steps().get(0).headsBefore());
        assertEquals(Set.of("a1"), plan.steps().get(1).headsBefore());
        assertEquals(Set.of("b2"), plan.steps().get(1).headsAfter());
    }

    @Test
    void upgradeAtHeadIsEmpty() {
        Plan plan = linear().planner().upgrade("head", Set.of("c3"));

        assertEquals(List.of(), ids(plan));
        assertEquals(Set.of("c3"), plan.headsAfter());
    }

    @Test
    void relativeUpgradeWalksForwardFromCurrentOrFromBase() {
        MigrationPlanner planner = linear().planner();

        assertEquals(List.of("b2"), ids(planner.upgrade("+1", Set.of("a1"))));
        assertEquals(List.of("a1", "b2"), ids(planner.upgrade("+2", Set.of())));
        assertEquals(List.of("b2", "c3"), ids(planner.upgrade("a1+2", Set.of())).subList(1, 3));
    }

    @Test
    void upgradeToAPrefixOrAnIdMinusN() {
        MigrationPlanner planner = linear().planner();

        assertEquals(List.of("a1", "b2"), ids(planner.upgrade("b", Set.of())));
        assertEquals(List.of("a1"), ids(planner.upgrade("c3-2", Set.of())));
    }

    @Test
    void upgradeBackwardsIsRefusedWithTheDowngradeCommand() {
        InvalidTargetException e = assertThrows(InvalidTargetException.class,
                () -> linear().planner().upgrade("-1", Set.of("c3")));

        assertEquals("Upgrade target '-1' moves backwards; use 'mvn migrate:downgrade -Dmigrate.target=-1' to revert "
                + "revisions.", e.getMessage());
    }

    @Test
    void upgradePastTheHeadNamesWhereTheWalkStopped() {
        InvalidTargetException e = assertThrows(InvalidTargetException.class,
                () -> linear().planner().upgrade("+2", Set.of("b2")));

        assertEquals("Relative target '+2' goes past the head: revision c3 is a head after 1 of 2 steps. Use 'head' "
                + "or a smaller number.", e.getMessage());
    }

    @Test
    void headWithSeveralHeadsListsThemAndTheWaysOut() {
        MultipleHeadsException e = assertThrows(MultipleHeadsException.class,
                () -> branched().planner().upgrade("head", Set.of()));

        assertEquals("Multiple head revisions are present for target 'head': d4, e5. Name one of them, use '<branch "
                + "label>@head' to narrow to one branch or 'heads' for every head, or join them with 'mvn "
                + "migrate:merge -Dmigrate.message=\"merge heads\"' (list them with 'mvn migrate:heads').",
                e.getMessage());
        assertEquals(List.of("d4", "e5"), e.heads());
    }

    @Test
    void headsAppliesEveryBranch() {
        Plan plan = branched().planner().upgrade("heads", Set.of("b2"));

        assertEquals(List.of("c3", "d4", "e5"), ids(plan));
        assertEquals(Set.of("d4", "e5"), plan.headsAfter());
        assertEquals(Set.of("d4"), plan.steps().get(2).headsBefore());
    }

    @Test
    void labelAtHeadFollowsTheLabelledBranchOnly() {
        Plan plan = branched().planner().upgrade("feature@head", Set.of());

        assertEquals(List.of("a1", "b2", "c3", "d4"), ids(plan));
    }

    @Test
    void aLabelNamesItsRevision() {
        assertEquals(Set.of("d4"), branched().planner().resolve("feature", Set.of()));
    }

    @Test
    void forwardWalkAtABranchPointIsAmbiguous() {
        AmbiguousWalkException e = assertThrows(AmbiguousWalkException.class,
                () -> branched().planner().upgrade("+1", Set.of("c3")));

        assertEquals("Relative target '+1' is ambiguous: revision c3 is a branch point into d4, e5. Name the revision "
                + "to reach instead.", e.getMessage());
    }

    @Test
    void mergeRevisionUpgradesFromBothHeadsToOne() {
        Plan plan = merged().planner().upgrade("head", Set.of("d4", "e5"));

        assertEquals(List.of("m6"), ids(plan));
        assertEquals(Set.of("d4", "e5"), plan.steps().get(0).headsBefore());
        assertEquals(Set.of("m6"), plan.headsAfter());
        assertEquals("d4, e5", plan.steps().get(0).from());
    }

    @Test
    void downgradeMinusOneRevertsTheCurrentRevision() {
        Plan plan = linear().planner().downgrade("-1", Set.of("c3"));

        assertEquals(List.of("c3"), ids(plan));
        assertEquals(Set.of("b2"), plan.headsAfter());
        assertEquals(Direction.DOWNGRADE, plan.steps().get(0).direction());
        assertEquals("c3", plan.steps().get(0).from());
        assertEquals("b2", plan.steps().get(0).to());
    }

    @Test
    void downgradeToBaseRevertsEverythingChildrenFirst() {
        Plan plan = linear().planner().downgrade("base", Set.of("c3"));

        assertEquals(List.of("c3", "b2", "a1"), ids(plan));
        assertEquals(Set.of(), plan.headsAfter());
        assertEquals("<base>", plan.steps().get(2).to());
    }

    @Test
    void downgradeToAnIdKeepsThatRevision() {
        assertEquals(List.of("c3", "b2"), ids(linear().planner().downgrade("a1", Set.of("c3"))));
    }

    @Test
    void downgradeThroughAMergeRevertsBothBranches() {
        Plan plan = merged().planner().downgrade("c3", Set.of("m6"));

        assertEquals(List.of("m6", "e5", "d4"), ids(plan));
        assertEquals(Set.of("c3"), plan.headsAfter());
    }

    @Test
    void downgradeToARevisionNotAppliedIsRefused() {
        NotAnAncestorException e = assertThrows(NotAnAncestorException.class,
                () -> linear().planner().downgrade("c3", Set.of("b2")));

        assertEquals("Revision c3 is not applied to the database (current: b2), so it is not a valid downgrade "
                + "target. A downgrade moves back to a revision the database has passed; see 'mvn migrate:history'.",
                e.getMessage());
    }

    @Test
    void downgradeForwardsIsRefusedWithTheUpgradeCommand() {
        InvalidTargetException e = assertThrows(InvalidTargetException.class,
                () -> linear().planner().downgrade("+1", Set.of("a1")));

        assertEquals("Downgrade target '+1' moves forwards; use 'mvn migrate:upgrade -Dmigrate.target=+1' to apply "
                + "revisions.", e.getMessage());
    }

    @Test
    void hugeRelativeTargetsFailLikeAnyOtherBeyondBaseOrHead() {
        for (String target : new String[] {"-2147483648", "-99999999999", "-99999999999999999999999"}) {
            InvalidTargetException down = assertThrows(InvalidTargetException.class,
                    () -> linear().planner().downgrade(target, Set.of("c3")));
            assertEquals("Relative target '" + target + "' goes below base: revision a1 is a base after 3 steps. Use "
                    + "'base' or a smaller number.", down.getMessage());
        }
        InvalidTargetException up = assertThrows(InvalidTargetException.class,
                () -> linear().planner().upgrade("+99999999999", Set.of("a1")));
        assertEquals("Relative target '+99999999999' goes past the head: revision c3 is a head after 2 of 99999999999 "
                + "steps. Use 'head' or a smaller number.", up.getMessage());
        InvalidTargetException fromId = assertThrows(InvalidTargetException.class,
                () -> linear().planner().downgrade("c3-2147483648", Set.of("c3")));
        assertEquals("Relative target 'c3-2147483648' goes below base: revision a1 is a base after 3 steps. Use "
                + "'base' or a smaller number.", fromId.getMessage());
    }

    @Test
    void downgradeBelowBaseNamesTheBase() {
        InvalidTargetException e = assertThrows(InvalidTargetException.class,
                () -> linear().planner().downgrade("-4", Set.of("c3")));

        assertEquals("Relative target '-4' goes below base: revision a1 is a base after 3 steps. Use 'base' or a "
                + "smaller number.", e.getMessage());
    }

    @Test
    void downgradeFromBaseCannotGoBack() {
        InvalidTargetException e = assertThrows(InvalidTargetException.class,
                () -> linear().planner().downgrade("-1", Set.of()));

        assertEquals("Relative target '-1' cannot go back: the database is at base (no revision applied).",
                e.getMessage());
    }

    @Test
    void backwardWalkThroughAMergePointIsAmbiguous() {
        AmbiguousWalkException e = assertThrows(AmbiguousWalkException.class,
                () -> merged().planner().downgrade("-2", Set.of("m6")));

        assertEquals("Relative target '-2' is ambiguous: revision m6 is a merge point of d4, e5. Name the revision to "
                + "go back to instead.", e.getMessage());
    }

    @Test
    void relativeWalkFromSeveralCurrentHeadsIsAmbiguous() {
        AmbiguousWalkException e = assertThrows(AmbiguousWalkException.class,
                () -> branched().planner().downgrade("-1", Set.of("d4", "e5")));

        assertEquals("Relative target '-1' is ambiguous: the database is at several heads (d4, e5). Name the "
                + "revision to go back to instead.", e.getMessage());
    }

    @Test
    void ambiguousPrefixListsTheCandidates() {
        Revisions revisions = new Revisions().add("abc111", "").add("abc222", "abc111");

        AmbiguousRevisionException e = assertThrows(AmbiguousRevisionException.class,
                () -> revisions.planner().upgrade("abc", Set.of()));

        assertEquals("Revision prefix 'abc' is ambiguous; it matches abc111 (Revision abc111), abc222 (Revision "
                + "abc222). Give more characters of the id.", e.getMessage());
    }

    @Test
    void unknownRevisionSuggestsHistory() {
        UnknownRevisionException e = assertThrows(UnknownRevisionException.class,
                () -> linear().planner().upgrade("zz9", Set.of()));

        assertEquals("No revision matches 'zz9': it is neither a revision id, a unique id prefix nor a branch label."
                + " Run 'mvn migrate:history' to list the revisions.", e.getMessage());
    }

    @Test
    void malformedTargetListsTheGrammar() {
        InvalidTargetException e = assertThrows(InvalidTargetException.class,
                () -> linear().planner().upgrade("c3; drop table x", Set.of()));

        assertEquals("'c3; drop table x' is not a valid target. Use head, heads, base, a revision id or unique "
                + "prefix, +N, -N, <id>+N, <id>-N or <branch label>@head.", e.getMessage());
    }

    @Test
    void headWithoutRevisionFilesSaysHowToCreateOne() {
        InvalidTargetException e = assertThrows(InvalidTargetException.class,
                () -> new Revisions().planner().upgrade("head", Set.of()));

        assertEquals("Target 'head' names no revision: there are no revision files yet. Create one with 'mvn "
                + "migrate:revision -Dmigrate.message=\"...\"'.", e.getMessage());
    }

    @Test
    void dependsOnPullsTheDependencyInFirst() {
        Revisions revisions = new Revisions().add("a1", "").add("b2", "a1")
                .add("x1", "", "other", "").add("y2", "x1", "", "b2");

        Plan plan = revisions.planner().upgrade("other@head", Set.of());

        assertEquals(List.of("a1", "b2", "x1", "y2"), ids(plan));
        assertEquals(Set.of("b2", "y2"), plan.headsAfter());
    }

    @Test
    void downgradeOfADependencyRevertsItsDependentsFirst() {
        Revisions revisions = new Revisions().add("a1", "").add("b2", "a1")
                .add("x1", "", "other", "").add("y2", "x1", "", "b2");

        Plan plan = revisions.planner().downgrade("a1", Set.of("b2", "y2"));

        assertEquals(List.of("y2", "b2"), ids(plan));
        assertEquals(Set.of("a1", "x1"), plan.headsAfter());
    }

    @Test
    void stampSetsTheTargetAndKeepsUntouchedBranches() {
        MigrationPlanner planner = branched().planner();

        assertEquals(Set.of("c3"), planner.stamp("c3", Set.of("a1")));
        assertEquals(Set.of(), planner.stamp("base", Set.of("d4")));
        assertEquals(Set.of("d4", "e5"), planner.stamp("heads", Set.of()));
        assertEquals(Set.of("d4", "e5"), planner.stamp("d4", Set.of("e5")));
        assertEquals(Set.of("b2"), planner.stamp("-1", Set.of("c3")));
    }
}
