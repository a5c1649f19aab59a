package dev.migrate.command;

import dev.migrate.MigrateException;
import dev.migrate.Output;
import dev.migrate.revision.DisplayPaths;
import dev.migrate.revision.MigrationPlanner;
import dev.migrate.revision.NewRevision;
import dev.migrate.revision.RevisionFileWriter;
import dev.migrate.revision.RevisionGraph;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** {@code migrate:merge}: writes an empty revision whose {@code Revises:} joins several heads. */
public record MergeCommand(Workspace workspace, Output output) {

    public MergeCommand(MigrateSettings settings, Output output) {
        this(new Workspace(settings, output), output);
    }

    /** Merges {@code revisions} (comma-separated targets; default {@code heads}). */
    public Path run(String message, String revisions, String revId) {
        RevisionGraph graph = workspace.nonEmptyGraph();
        MigrationPlanner planner = new MigrationPlanner(graph);
        Set<String> parents = new LinkedHashSet<>();
        String spec = revisions == null || revisions.isBlank() ? "heads" : revisions;
        for (String part : spec.split(",")) {
            parents.addAll(planner.resolve(part.strip(), Set.of()));
        }
        List<String> ordered = graph.inFileOrder(parents);
        if (ordered.size() < 2) {
            throw new MigrateException(MigrateException.Kind.SETUP, "Nothing to merge: '" + spec + "' names "
                    + (ordered.isEmpty() ? "no revision" : "only " + ordered.get(0)) + ". A merge joins two or more "
                    + "heads (see 'mvn migrate:heads').");
        }
        for (String a : ordered) {
            for (String b : ordered) {
                if (!a.equals(b) && graph.ancestors(Set.of(b)).contains(a)) {
                    throw new MigrateException(MigrateException.Kind.SETUP, "Cannot merge " + a + " and " + b + ": "
                            + a + " is an ancestor of " + b + ", so they are on one branch already.");
                }
            }
        }
        String text = message == null || message.isBlank() ? "Merge " + String.join(", ", ordered)
                : message.strip();
        String id = RevisionIds.next(revId, graph);
        Path file = RevisionFileWriter.write(workspace.settings().directory(), new NewRevision(id, ordered, text,
                Instant.now().truncatedTo(ChronoUnit.SECONDS), List.of(), List.of(), "", ""));
        output.info("Generating " + DisplayPaths.of(file) + " ... done (merges " + String.join(", ", ordered) + ")");
        return file;
    }
}
