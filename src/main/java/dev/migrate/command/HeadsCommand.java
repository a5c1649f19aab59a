package dev.migrate.command;

import dev.migrate.Output;
import dev.migrate.revision.RevisionGraph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code migrate:heads}: prints the head revisions of the revision files; needs no database. */
public record HeadsCommand(Workspace workspace, Output output) {

    public HeadsCommand(MigrateSettings settings, Output output) {
        this(new Workspace(settings, output), output);
    }

    public List<String> run(boolean verbose) {
        return run(verbose, ResultFormat.TEXT);
    }

    /** Text: one line per head, {@code 3f2a9c1b7d4e (head)}; JSON: {@code {"heads":[...]}}. */
    public List<String> run(boolean verbose, ResultFormat format) {
        RevisionGraph graph = workspace.graph();
        if (graph.isEmpty()) {
            output.info("No revisions in " + workspace.directoryName() + ".");
        }
        if (format == ResultFormat.JSON) {
            RevisionJson json = new RevisionJson(graph);
            List<Object> list = new ArrayList<>();
            graph.heads().forEach(id -> list.add(json.of(id)));
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("heads", list);
            output.result("the heads", Json.write(result) + "\n");
            return graph.heads();
        }
        RevisionDescriber describer = new RevisionDescriber(graph, Set.of());
        StringBuilder text = new StringBuilder();
        for (String id : graph.heads()) {
            if (verbose) {
                describer.block(graph.get(id), null).forEach(line -> text.append(line).append('\n'));
            } else {
                text.append(describer.headLine(graph.get(id))).append('\n');
            }
        }
        output.result("the heads", text.toString());
        return graph.heads();
    }
}
