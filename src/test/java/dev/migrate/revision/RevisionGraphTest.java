package dev.migrate.revision;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Heads, bases, branch and merge points, and the errors a broken set of revision files gives. */
class RevisionGraphTest {

    @Test
    void headsAndBasesInFileOrder() {
        RevisionGraph graph = new Revisions().add("a1", "").add("b2", "a1").add("c3", "a1").add("z9", "").graph();

        assertEquals(List.of("b2", "c3", "z9"), graph.heads());
        assertEquals(List.of("a1", "z9"), graph.bases());
        assertTrue(graph.isBranchPoint("a1"));
        assertFalse(graph.isBranchPoint("b2"));
        assertEquals(List.of("b2", "c3"), graph.children("a1"));
    }

    @Test
    void aMergeJoinsHeads() {
        RevisionGraph graph = new Revisions().add("a1", "").add("b2", "a1").add("c3", "a1").add("m4", "b2, c3")
                .graph();

        assertEquals(List.of("m4"), graph.heads());
        assertTrue(graph.get("m4").isMergePoint());
        assertEquals(Set.of("m4", "b2", "c3", "a1"), graph.ancestors(Set.of("m4")));
        assertEquals(Set.of("m4"), graph.headsOf(Set.of("a1", "b2", "c3", "m4")));
        assertEquals(Set.of("b2", "c3"), graph.headsOf(Set.of("a1", "b2", "c3")));
    }

    @Test
    void topologicalOrderPutsParentsFirstAndOlderFilesFirst() {
        RevisionGraph graph = new Revisions().add("c3", "b2").add("a1", "").add("b2", "a1").add("d4", "a1").graph();

        assertEquals(List.of("a1", "b2", "c3", "d4"),
                graph.topologicalOrder(Set.of("a1", "b2", "c3", "d4")).stream().map(Revision::id).toList());
    }

    @Test
    void duplicateIdNamesBothFiles() {
        Revisions revisions = new Revisions().add("a1", "").add("a1", "");

        DuplicateRevisionException e = assertThrows(DuplicateRevisionException.class, revisions::graph);

        assertEquals("Revision id a1 appears in two files: versions/a1.sql and versions/a1.sql. Give one of them a "
                + "new id (its '-- Revision ID:' line and every 'Revises:' line that means it).", e.getMessage());
    }

    @Test
    void missingParentNamesTheFileAndTheRecovery() {
        Revisions revisions = new Revisions().add("a1", "").add("b2", "x0");

        MissingParentException e = assertThrows(MissingParentException.class, revisions::graph);

        assertEquals("versions/b2.sql: revision b2 names x0 in 'Revises:', but no revision file has that id. Restore "
                + "the missing file (see 'git log --stat' of the revisions folder) or correct the 'Revises:' line.",
                e.getMessage());
    }

    @Test
    void missingDependencyNamesTheDependsOnLine() {
        Revisions revisions = new Revisions().add("a1", "").add("b2", "a1", "", "q7");

        MissingParentException e = assertThrows(MissingParentException.class, revisions::graph);

        assertEquals("versions/b2.sql: revision b2 names q7 in 'Depends On:', but no revision file has that id. "
                + "Restore the missing file (see 'git log --stat' of the revisions folder) or correct the 'Depends "
                + "On:' line.", e.getMessage());
    }

    @Test
    void cycleListsItsRevisionsAndFiles() {
        Revisions revisions = new Revisions().add("a1", "c3").add("b2", "a1").add("c3", "b2");

        CycleDetectedException e = assertThrows(CycleDetectedException.class, revisions::graph);

        assertEquals("Revisions form a cycle (each one revises the next): a1 -> c3 -> b2 -> a1 (versions/a1.sql, versions/c3.sql, "
                + "versions/b2.sql). Each revision must revise older ones; fix the 'Revises:' lines.", e.getMessage());
    }

    @Test
    void aBranchLabelNamesOneRevision() {
        Revisions revisions = new Revisions().add("a1", "", "release", "").add("b2", "", "release", "");

        RevisionException e = assertThrows(RevisionException.class, revisions::graph);

        assertEquals("Branch label 'release' is used by two revisions: a1 (versions/a1.sql) and b2 (versions/b2.sql)."
                + " A label names one branch; rename one of them.", e.getMessage());
    }

    @Test
    void lookupPrefersExactIdThenLabelThenPrefix() {
        RevisionGraph graph = new Revisions().add("ab", "").add("abc", "ab", "ab1", "").add("ab1x", "abc").graph();

        assertEquals("ab", graph.lookup("ab").id());
        assertEquals("abc", graph.lookup("ab1").id());
        assertEquals("ab1x", graph.lookup("ab1x").id());
        assertEquals("abc", graph.lookup("abc").id());
    }

    @Test
    void unknownIdsAreReportedInFileOrderThenAlphabetically() {
        RevisionGraph graph = new Revisions().add("b2", "").add("a1", "b2").graph();

        assertEquals(Set.of("zz"), graph.unknown(List.of("a1", "zz")));
        assertEquals(List.of("b2", "a1", "q", "z"), graph.inFileOrder(List.of("z", "a1", "q", "b2")));
    }
}
