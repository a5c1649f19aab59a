package dev.migrate.command;

import dev.migrate.revision.Revision;
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

/** {@code history -Dmigrate.format=mermaid} and {@code =dot}: a branch, a merge, a label and a dependency, exactly. */
class RevisionPictureTest {

    @TempDir
    Path dir;
    private RevisionGraph graph;
    private List<Revision> oldestFirst;

    /** users, then accounts (labelled) and investments side by side, merged, then an index that needs investments. */
    @BeforeEach
    void graphWithBranchMergeLabelAndDependency() {
        RevisionFiles files = new RevisionFiles(dir);
        files.writeRaw("aaaa00000001", header("Create users", "aaaa00000001", "", ""));
        files.writeRaw("bbbb00000002", header("Create accounts", "bbbb00000002", "aaaa00000001",
                "-- Branch Labels: accounts\n"));
        files.writeRaw("cccc00000003", header("Create \"investments\" <table> & more", "cccc00000003",
                "aaaa00000001", ""));
        files.writeRaw("dddd00000004", header("Merge accounts and investments", "dddd00000004",
                "bbbb00000002, cccc00000003", ""));
        files.writeRaw("eeee00000005", header("Index balances", "eeee00000005", "dddd00000004",
                "-- Depends On: cccc00000003\n"));
        graph = new RevisionDirectory(dir).graph();
        oldestFirst = graph.topologicalOrder(Set.of("aaaa00000001", "bbbb00000002", "cccc00000003", "dddd00000004",
                "eeee00000005"));
    }

    private static String header(String message, String id, String revises, String extra) {
        return "-- " + message + "\n--\n-- Revision ID: " + id + "\n-- Revises: " + revises + "\n" + extra
                + "-- Create Date: 2026-11-25 10:00:00Z\n\n-- migrate:upgrade\nSELECT 1;\n\n-- migrate:downgrade\n"
                + "SELECT 1;\n";
    }

    @Test
    void mermaidDrawsForksJoinsLabelsDashedDependenciesAndMarksTheCurrentRevision() {
        assertEquals("""
                flowchart TD
                    raaaa00000001["aaaa00000001<br/>Create users"]
                    rbbbb00000002["bbbb00000002 (accounts)<br/>Create accounts"]
                    rcccc00000003["cccc00000003<br/>Create #quot;investments#quot; #lt;table#gt; #amp; more"]
                    rdddd00000004["dddd00000004 (current)<br/>Merge accounts and investments"]
                    reeee00000005["eeee00000005 (head)<br/>Index balances"]
                    raaaa00000001 --> rbbbb00000002
                    raaaa00000001 --> rcccc00000003
                    rbbbb00000002 --> rdddd00000004
                    rcccc00000003 --> rdddd00000004
                    rdddd00000004 --> reeee00000005
                    rcccc00000003 -. depends on .-> reeee00000005
                    classDef current stroke-width:4px
                    class rdddd00000004 current
                """, new RevisionPicture.Mermaid().render(graph, oldestFirst, Set.of("dddd00000004")));
    }

    @Test
    void mermaidWithoutADatabaseMarksNothing() {
        String picture = new RevisionPicture.Mermaid().render(graph, oldestFirst, Set.of());
        assertEquals("""
                    rcccc00000003 -. depends on .-> reeee00000005
                """, picture.substring(picture.lastIndexOf("    r")));
    }

    @Test
    void dotDrawsTheSameGraph() {
        assertEquals("""
                digraph revisions {
                    node [shape=box];
                    "aaaa00000001" [label="aaaa00000001\\nCreate users"];
                    "bbbb00000002" [label="bbbb00000002 (accounts)\\nCreate accounts"];
                    "cccc00000003" [label="cccc00000003\\nCreate \\"investments\\" <table> & more"];
                    "dddd00000004" [label="dddd00000004 (current)\\nMerge accounts and investments", penwidth=3];
                    "eeee00000005" [label="eeee00000005 (head)\\nIndex balances"];
                    "aaaa00000001" -> "bbbb00000002";
                    "aaaa00000001" -> "cccc00000003";
                    "bbbb00000002" -> "dddd00000004";
                    "cccc00000003" -> "dddd00000004";
                    "dddd00000004" -> "eeee00000005";
                    "cccc00000003" -> "eeee00000005" [style=dashed, label="depends on"];
                }
                """, new RevisionPicture.Dot().render(graph, oldestFirst, Set.of("dddd00000004")));
    }

    @Test
    void aRangeDrawsOnlyTheEdgesBetweenItsRevisions() {
        List<Revision> lastTwo = graph.topologicalOrder(Set.of("dddd00000004", "eeee00000005"));
        assertEquals("""
                flowchart TD
                    rdddd00000004["dddd00000004<br/>Merge accounts and investments"]
                    reeee00000005["eeee00000005 (head)<br/>Index balances"]
                    rdddd00000004 --> reeee00000005
                """, new RevisionPicture.Mermaid().render(graph, lastTwo, Set.of()));
    }
}
