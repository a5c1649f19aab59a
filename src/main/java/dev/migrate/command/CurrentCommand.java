package dev.migrate.command;

import dev.migrate.Output;
import dev.migrate.revision.RevisionGraph;
import dev.migrate.runner.CurrentHeads;
import dev.migrate.runner.IncompleteRevision;
import dev.migrate.runner.SchemaSession;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code migrate:current}: prints the revisions the database is at; that list is the goal's result. */
public record CurrentCommand(Workspace workspace, Output output) {

    public CurrentCommand(MigrateSettings settings, Output output) {
        this(new Workspace(settings, output), output);
    }

    public Set<String> run(boolean verbose) {
        return run(verbose, ResultFormat.TEXT);
    }

    /**
     * Text: one line per revision, {@code 3f2a9c1b7d4e (head)} (its id first, so {@code cut -d' ' -f1} gives the id),
     * nothing at base; JSON: {@code {"current":[...]}}.
     */
    public Set<String> run(boolean verbose, ResultFormat format) {
        try (SchemaSession session = workspace.openAfter(workspace::graphOrEmpty, false)) {
            RevisionGraph graph = workspace.graphOrEmpty();
            Set<String> current = session.currentHeads();
            List<IncompleteRevision> incomplete = session.incompleteRevisions();
            if (current.isEmpty()) {
                output.info("No revision applied: the database is at base.");
            }
            if (format == ResultFormat.JSON) {
                RevisionJson json = new RevisionJson(graph);
                List<Object> list = new ArrayList<>();
                for (String id : graph.inFileOrder(current)) {
                    list.add(json.of(id));
                }
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("current", list);
                output.result("the current revisions", Json.write(result) + "\n");
                warnIncomplete(incomplete, graph, session, current);
                return current;
            }
            RevisionDescriber describer = new RevisionDescriber(graph, Set.of());
            StringBuilder text = new StringBuilder();
            for (String id : graph.inFileOrder(current)) {
                if (!graph.contains(id)) {
                    text.append(id).append(" (not among the revision files in ").append(workspace.directoryName())
                            .append(")\n");
                } else if (verbose) {
                    describer.block(graph.get(id), null).forEach(line -> text.append(line).append('\n'));
                } else {
                    text.append(describer.headLine(graph.get(id))).append('\n');
                }
            }
            output.result("the current revisions", text.toString());
            warnIncomplete(incomplete, graph, session, current);
            return current;
        }
    }

    /** What is known about each revision that did not complete, as warnings in the log (never in the result). */
    private void warnIncomplete(List<IncompleteRevision> incomplete, RevisionGraph graph, SchemaSession session,
                                Set<String> current) {
        for (IncompleteRevision revision : incomplete) {
            for (String line : CurrentHeads.explain(revision, graph, session.dialect(), current).split("\n")) {
                output.warn(line);
            }
        }
    }
}
