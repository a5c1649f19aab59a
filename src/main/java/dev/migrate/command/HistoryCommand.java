package dev.migrate.command;

import dev.migrate.Output;
import dev.migrate.dialect.Dialect;
import dev.migrate.revision.Revision;
import dev.migrate.revision.RevisionGraph;
import dev.migrate.runner.HistoryEntry;
import dev.migrate.runner.CurrentHeads;
import dev.migrate.runner.IncompleteRevision;
import dev.migrate.runner.SchemaSession;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code migrate:history}: lists revisions newest first, marking heads, the database's current revisions, branch
 * and merge points; with a database configured, also who applied each revision and when ({@code verbose}). The list
 * is the goal's result: text, JSON, or the graph as a Mermaid or DOT picture.
 */
public record HistoryCommand(Workspace workspace, Output output) {

    public HistoryCommand(MigrateSettings settings, Output output) {
        this(new Workspace(settings, output), output);
    }

    /** Prints the revisions in {@code range} ({@code from:to}, either side optional); returns them, newest first. */
    public List<Revision> run(String range, boolean verbose) {
        return run(range, verbose, ResultFormat.TEXT);
    }

    /** {@link #run(String, boolean)} in {@code format}. */
    public List<Revision> run(String range, boolean verbose, ResultFormat format) {
        RevisionGraph graph = workspace.graph();
        Set<String> current = Set.of();
        Map<String, HistoryEntry> applied = new HashMap<>();
        Map<String, String> incomplete = new LinkedHashMap<>();
        boolean database = workspace.settings().hasDatabase();
        if (database) {
            Dialect dialect = workspace.dialect();
            try (SchemaSession session = workspace.openForReading(dialect)) {
                current = session.currentHeads();
                for (IncompleteRevision revision : session.incompleteRevisions()) {
                    incomplete.put(revision.revision(), CurrentHeads.explain(revision, graph, dialect, current));
                }
                if (verbose || format == ResultFormat.JSON) {
                    for (HistoryEntry entry : session.historyEntries()) {
                        if (!entry.direction().equals("accept")) { // accepting an edit is not applying it
                            applied.put(entry.revision(), entry);
                        }
                    }
                }
            }
        }
        List<Revision> revisions = HistoryRange.select(graph, range, current, database);
        if (revisions.isEmpty()) {
            output.info(graph.isEmpty() ? "No revisions in " + workspace.directoryName() + "."
                    : "No revisions in range '" + range + "'.");
        }
        Set<String> appliedNow = graph.ancestors(current);
        String result = switch (format) {
            case TEXT -> text(graph, revisions, current, verbose, appliedNow, applied, incomplete.keySet());
            case JSON -> json(graph, revisions, current, database, appliedNow, applied);
            case MERMAID -> new RevisionPicture.Mermaid().render(graph, oldestFirst(revisions), current);
            case DOT -> new RevisionPicture.Dot().render(graph, oldestFirst(revisions), current);
        };
        output.result("the history", result);
        for (String explanation : incomplete.values()) {
            for (String line : explanation.split("\n")) {
                output.warn(line);
            }
        }
        return revisions;
    }

    /** The text form; a revision that did not complete is marked {@code (did not complete)}. */
    private static String text(RevisionGraph graph, List<Revision> revisions, Set<String> current, boolean verbose,
                               Set<String> appliedNow, Map<String, HistoryEntry> applied, Set<String> incomplete) {
        RevisionDescriber describer = new RevisionDescriber(graph, current);
        StringBuilder out = new StringBuilder();
        for (Revision revision : revisions) {
            String mark = incomplete.contains(revision.id()) ? " (did not complete)" : "";
            if (verbose) {
                HistoryEntry entry = appliedNow.contains(revision.id()) ? applied.get(revision.id()) : null;
                List<String> block = new ArrayList<>(describer.block(revision, entry));
                block.set(0, block.get(0) + mark);
                block.forEach(line -> out.append(line).append('\n'));
            } else {
                String line = describer.line(revision);
                int end = line.length() - revision.message().length() - 2; // before ", <message>"
                out.append(line, 0, end).append(mark).append(line.substring(end)).append('\n');
            }
        }
        return out.toString();
    }

    private static String json(RevisionGraph graph, List<Revision> revisions, Set<String> current, boolean database,
                               Set<String> appliedNow, Map<String, HistoryEntry> applied) {
        RevisionJson json = new RevisionJson(graph);
        List<Object> list = new ArrayList<>();
        for (Revision revision : revisions) {
            HistoryEntry entry = appliedNow.contains(revision.id()) ? applied.get(revision.id()) : null;
            list.add(json.inHistory(revision.id(), current.contains(revision.id()), entry));
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("current", database ? graph.inFileOrder(current) : null);
        result.put("revisions", list);
        return Json.write(result) + "\n";
    }

    private static List<Revision> oldestFirst(List<Revision> newestFirst) {
        List<Revision> ordered = new ArrayList<>(newestFirst);
        Collections.reverse(ordered);
        return ordered;
    }
}
