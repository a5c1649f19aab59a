package dev.migrate.command;

import dev.migrate.revision.AmbiguousWalkException;
import dev.migrate.revision.InvalidTargetException;
import dev.migrate.revision.RevisionDirectory;
import dev.migrate.revision.RevisionGraph;
import dev.migrate.testing.RevisionFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** {@code history -Dmigrate.range=...}: relative ends clamp at base and at the head, as in Alembic. */
class HistoryRangeTest {

    @TempDir
    Path dir;
    private RevisionGraph graph;

    /** Four revisions in a line. */
    @BeforeEach
    void fourRevisions() {
        RevisionFiles files = new RevisionFiles(dir);
        files.write("aaaa00000001", "", "Create users", "SELECT 1;", "SELECT 1;");
        files.write("bbbb00000002", "aaaa00000001", "Create accounts", "SELECT 1;", "SELECT 1;");
        files.write("cccc00000003", "bbbb00000002", "Create investments", "SELECT 1;", "SELECT 1;");
        files.write("dddd00000004", "cccc00000003", "Add balances", "SELECT 1;", "SELECT 1;");
        graph = new RevisionDirectory(dir).graph();
    }

    private List<String> history(String range, String... current) {
        Set<String> at = Set.of(current);
        RevisionDescriber describer = new RevisionDescriber(graph, at);
        return HistoryRange.select(graph, range, at, true).stream().map(describer::line).toList();
    }

    @Test
    void minusThreeFromTheSecondRevisionStopsAtBase() {
        assertEquals(List.of(
                "aaaa00000001 -> bbbb00000002 (current), Create accounts",
                "<base> -> aaaa00000001, Create users"), history("-3:current", "bbbb00000002"));
    }

    @Test
    void minusThreeFromTheFourthRevisionListsFour() {
        assertEquals(List.of(
                "cccc00000003 -> dddd00000004 (head) (current), Add balances",
                "bbbb00000002 -> cccc00000003, Create investments",
                "aaaa00000001 -> bbbb00000002, Create accounts",
                "<base> -> aaaa00000001, Create users"), history("-3:current", "dddd00000004"));
    }

    @Test
    void minusOneListsTheCurrentRevisionAndItsParent() {
        assertEquals(List.of(
                "bbbb00000002 -> cccc00000003 (current), Create investments",
                "aaaa00000001 -> bbbb00000002, Create accounts"), history("-1:current", "cccc00000003"));
    }

    @Test
    void exactlyDownToTheFirstRevisionListsFromBase() {
        assertEquals(List.of(
                "aaaa00000001 -> bbbb00000002 (current), Create accounts",
                "<base> -> aaaa00000001, Create users"), history("-2:current", "bbbb00000002"));
    }

    @Test
    void aDatabaseAtBaseListsNothingUpToCurrentAndEverythingUpToHead() {
        assertEquals(List.of(), history("-3:current"));
        assertEquals(4, history("-3:head").size());
    }

    @Test
    void plusStopsAtTheHead() {
        assertEquals(List.of(
                "cccc00000003 -> dddd00000004 (head), Add balances",
                "bbbb00000002 -> cccc00000003, Create investments",
                "aaaa00000001 -> bbbb00000002 (current), Create accounts"), history("current:+9", "bbbb00000002"));
    }

    @Test
    void aRevisionMinusNStopsAtBase() {
        assertEquals(List.of(
                "bbbb00000002 -> cccc00000003, Create investments",
                "aaaa00000001 -> bbbb00000002, Create accounts",
                "<base> -> aaaa00000001, Create users"), history("cccc-5:cccc"));
    }

    @Test
    void aWalkThroughABranchPointIsStillAnError() {
        new RevisionFiles(dir).writeRaw("eeee00000005", "-- Side\n--\n-- Revision ID: eeee00000005\n-- Revises: "
                + "aaaa00000001\n\n-- migrate:upgrade\nSELECT 1;\n");
        graph = new RevisionDirectory(dir).graph();
        AmbiguousWalkException e = assertThrows(AmbiguousWalkException.class,
                () -> HistoryRange.select(graph, "base:aaaa00000001+1", Set.of(), true));
        assertEquals("Relative target 'aaaa00000001+1' is ambiguous: revision aaaa00000001 is a branch point into "
                + "eeee00000005, bbbb00000002. Name the revision to reach instead.", e.getMessage());
    }

    @Test
    void aRelativeRangeWithoutADatabaseIsRefused() {
        InvalidTargetException e = assertThrows(InvalidTargetException.class,
                () -> HistoryRange.select(graph, "-3:current", Set.of(), false));
        assertEquals("History range '-3:current' is relative to the database's current revision, so it needs the "
                + "database: set migrate.url (or name revisions instead).", e.getMessage());
    }
}
