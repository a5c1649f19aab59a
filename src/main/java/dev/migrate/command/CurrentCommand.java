package dev.migrate.command;

import dev.migrate.Output;
import dev.migrate.revision.RevisionGraph;
import dev.migrate.runner.IncompleteRevision;
import dev.migrate.runner.SchemaSession;

import java.util.List;
import java.util.Set;

/** {@code migrate:current}: prints the revisions the database is at. */
public final class CurrentCommand {

    private final Workspace workspace;
    private final Output output;

    public CurrentCommand(MigrateSettings settings, Output output) {
        this.workspace = new Workspace(settings, output);
        this.output = output;
    }

    public Set<String> run(boolean verbose) {
        try (SchemaSession session = workspace.openAfter(workspace::graphOrEmpty, false)) {
            RevisionGraph graph = workspace.graphOrEmpty();
            Set<String> current = session.currentHeads();
            List<IncompleteRevision> incomplete = session.incompleteRevisions();
            if (current.isEmpty()) {
                output.info("No revision applied: the database is at base.");
                warnIncomplete(incomplete, graph, session, current);
                return current;
            }
            RevisionDescriber describer = new RevisionDescriber(graph, Set.of());
            for (String id : graph.inFileOrder(current)) {
                if (!graph.contains(id)) {
                    output.info(id + " (not among the revision files in " + workspace.directoryName() + ")");
                } else if (verbose) {
                    List<String> block = describer.block(graph.get(id), null);
                    block.forEach(output::info);
                } else {
                    output.info(describer.headLine(graph.get(id)));
                }
            }
            warnIncomplete(incomplete, graph, session, current);
            return current;
        }
    }

    private void warnIncomplete(List<IncompleteRevision> incomplete, RevisionGraph graph, SchemaSession session,
                                Set<String> current) {
        for (IncompleteRevision revision : incomplete) {
            for (String line : Workspace.explain(revision, graph, session.dialect(), current).split("\n")) {
                output.warn(line);
            }
        }
    }
}
