package dev.migrate.revision;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Builds revisions in memory through the real parser, for tests of the graph and the planner. */
final class Revisions {

    private final List<Revision> revisions = new ArrayList<>();

    /** Adds a revision {@code id} revising {@code parents} (comma-separated, empty for a base). */
    Revisions add(String id, String parents) {
        return add(id, parents, "", "");
    }

    Revisions add(String id, String parents, String labels, String dependsOn) {
        StringBuilder text = new StringBuilder("-- Revision " + id + "\n--\n-- Revision ID: " + id + "\n-- Revises: "
                + parents + "\n");
        if (!labels.isEmpty()) {
            text.append("-- Branch Labels: ").append(labels).append('\n');
        }
        if (!dependsOn.isEmpty()) {
            text.append("-- Depends On: ").append(dependsOn).append('\n');
        }
        text.append("\n-- migrate:upgrade\nSELECT 1;\n\n-- migrate:downgrade\nSELECT 2;\n");
        revisions.add(RevisionFileParser.parse(file(id), text.toString()));
        return this;
    }

    static Path file(String id) {
        return Path.of("versions", id + ".sql");
    }

    List<Revision> list() {
        return revisions;
    }

    RevisionGraph graph() {
        return RevisionGraph.of(revisions);
    }

    MigrationPlanner planner() {
        return new MigrationPlanner(graph());
    }
}
