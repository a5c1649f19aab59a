package dev.migrate.command;

import dev.migrate.Output;
import dev.migrate.revision.RevisionGraph;

import java.util.List;
import java.util.Set;

/** {@code migrate:heads}: prints the head revisions of the revision files; needs no database. */
public final class HeadsCommand {

    private final Workspace workspace;
    private final Output output;

    public HeadsCommand(MigrateSettings settings, Output output) {
        this.workspace = new Workspace(settings, output);
        this.output = output;
    }

    public List<String> run(boolean verbose) {
        RevisionGraph graph = workspace.graph();
        if (graph.isEmpty()) {
            output.info("No revisions in " + workspace.directoryName() + ".");
            return List.of();
        }
        RevisionDescriber describer = new RevisionDescriber(graph, Set.of());
        for (String id : graph.heads()) {
            if (verbose) {
                describer.block(graph.get(id), null).forEach(output::info);
            } else {
                output.info(describer.headLine(graph.get(id)));
            }
        }
        return graph.heads();
    }
}
