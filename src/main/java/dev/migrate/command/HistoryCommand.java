package dev.migrate.command;

import dev.migrate.Output;
import dev.migrate.dialect.Dialect;
import dev.migrate.revision.InvalidTargetException;
import dev.migrate.revision.MigrationPlanner;
import dev.migrate.revision.Revision;
import dev.migrate.revision.RevisionGraph;
import dev.migrate.runner.HistoryEntry;
import dev.migrate.runner.IncompleteRevision;
import dev.migrate.runner.SchemaSession;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code migrate:history}: lists revisions newest first, marking heads, the database's current revisions, branch
 * and merge points; with a database configured, also who applied each revision and when ({@code verbose}).
 */
public final class HistoryCommand {

    private final Workspace workspace;
    private final Output output;

    public HistoryCommand(MigrateSettings settings, Output output) {
        this.workspace = new Workspace(settings, output);
        this.output = output;
    }

    /** Prints the revisions in {@code range} ({@code from:to}, either side optional); returns them, newest first. */
    public List<Revision> run(String range, boolean verbose) {
        RevisionGraph graph = workspace.graph();
        Set<String> current = Set.of();
        Map<String, HistoryEntry> applied = new HashMap<>();
        Map<String, String> incomplete = new java.util.LinkedHashMap<>();
        if (workspace.settings().hasDatabase()) {
            Dialect dialect = workspace.dialect();
            try (SchemaSession session = workspace.openForReading(dialect)) {
                current = session.currentHeads();
                for (IncompleteRevision revision : session.incompleteRevisions()) {
                    incomplete.put(revision.revision(), Workspace.explain(revision, graph, dialect, current));
                }
                if (verbose) {
                    for (HistoryEntry entry : session.historyEntries()) {
                        applied.put(entry.revision(), entry);
                    }
                }
            }
        }
        List<Revision> revisions = select(graph, range, current, workspace.settings().hasDatabase());
        if (revisions.isEmpty()) {
            output.info(graph.isEmpty() ? "No revisions in " + workspace.directoryName() + "."
                    : "No revisions in range '" + range + "'.");
            return revisions;
        }
        RevisionDescriber describer = new RevisionDescriber(graph, current);
        Set<String> appliedNow = graph.ancestors(current);
        for (Revision revision : revisions) {
            String mark = incomplete.containsKey(revision.id()) ? " (did not complete)" : "";
            if (verbose) {
                HistoryEntry entry = appliedNow.contains(revision.id()) ? applied.get(revision.id()) : null;
                List<String> block = new ArrayList<>(describer.block(revision, entry));
                block.set(0, block.get(0) + mark);
                block.forEach(output::info);
            } else {
                String line = describer.line(revision);
                int end = line.length() - revision.message().length() - 2; // before ", <message>"
                output.info(line.substring(0, end) + mark + line.substring(end));
            }
        }
        for (String explanation : incomplete.values()) {
            for (String line : explanation.split("\n")) {
                output.warn(line);
            }
        }
        return revisions;
    }

    private static List<Revision> select(RevisionGraph graph, String range, Set<String> current,
                                         boolean hasDatabase) {
        Set<String> members = new HashSet<>();
        for (Revision revision : graph.all()) {
            members.add(revision.id());
        }
        if (range != null && !range.isBlank()) {
            String[] parts = range.strip().split(":", -1);
            if (parts.length != 2) {
                throw new InvalidTargetException("'" + range + "' is not a valid history range: use <from>:<to>, "
                        + "e.g. base:head, -3:current or 1a2b3c4d5e6f:head (either side may be left empty).");
            }
            boolean relative = false;
            for (String part : parts) {
                String p = part.strip();
                relative |= p.equals("current") || p.startsWith("+") || p.startsWith("-");
            }
            if (relative && !hasDatabase) {
                throw new InvalidTargetException("History range '" + range + "' is relative to the database's current "
                        + "revision, so it needs the database: set migrate.url (or name revisions instead).");
            }
            MigrationPlanner planner = new MigrationPlanner(graph);
            if (!parts[0].isBlank() && !parts[0].strip().equals("base")) {
                members.retainAll(graph.descendants(planner.resolve(parts[0], current)));
            }
            if (!parts[1].isBlank()) {
                String to = parts[1].strip().equals("head") ? "heads" : parts[1];
                members.retainAll(graph.ancestors(planner.resolve(to, current)));
            }
        }
        List<Revision> ordered = new ArrayList<>(graph.topologicalOrder(members));
        Collections.reverse(ordered);
        return ordered;
    }
}
