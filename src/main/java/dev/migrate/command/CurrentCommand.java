package dev.migrate.command;

import dev.migrate.Output;
import dev.migrate.revision.RevisionGraph;
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
            if (current.isEmpty()) {
                output.info("No revision applied: the database is at base.");
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
            return current;
        }
    }
}
