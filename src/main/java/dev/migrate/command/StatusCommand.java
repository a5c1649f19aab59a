package dev.migrate.command;

import dev.migrate.Output;
import dev.migrate.revision.Revision;
import dev.migrate.revision.RevisionGraph;
import dev.migrate.runner.HistoryEntry;
import dev.migrate.runner.IncompleteRevision;
import dev.migrate.runner.RevisionState;
import dev.migrate.runner.RevisionStates;
import dev.migrate.runner.SchemaSession;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code migrate:status}: one row per revision, oldest first: applied (when, by whom), pending, edited since it ran,
 * unknown to the files, incomplete or applied out of order; then the database's current revision(s). Read-only.
 */
public record StatusCommand(Workspace workspace, Output output) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    public StatusCommand(MigrateSettings settings, Output output) {
        this(new Workspace(settings, output), output);
    }

    /** The state of every revision; prints the table. */
    public List<RevisionState> run() {
        return run(ResultFormat.TEXT);
    }

    /**
     * The state of every revision. Text: the table and a count; JSON: {@code {"current":[...],"revisions":[...]}},
     * each revision as {@code history} shows it with its {@code state} and {@code detail}.
     */
    public List<RevisionState> run(ResultFormat format) {
        List<RevisionState> states = read(workspace, Map.of());
        if (format == ResultFormat.JSON) {
            output.result("the status", json(states) + "\n");
        } else {
            print(states);
        }
        return states;
    }

    private String json(List<RevisionState> states) {
        RevisionJson json = new RevisionJson(workspace.graphOrEmpty());
        List<Object> current = new ArrayList<>();
        List<Object> revisions = new ArrayList<>();
        for (RevisionState state : states) {
            if (state.current()) {
                current.add(state.id());
            }
            Map<String, Object> revision = json.inHistory(state.id(), state.current(), state.applied());
            revision.put("state", state.state().word());
            revision.put("detail", state.detail());
            revisions.add(revision);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("current", current);
        result.put("revisions", revisions);
        return Json.write(result);
    }

    /** Reads the database's version and history tables and judges every revision file against them. */
    static List<RevisionState> read(Workspace workspace, Map<String, String> incomplete) {
        try (SchemaSession session = workspace.openAfter(workspace::graphOrEmpty, false)) {
            RevisionGraph graph = workspace.graphOrEmpty();
            Set<String> current = session.currentHeads();
            List<HistoryEntry> history = session.historyEntries();
            Map<String, String> notComplete = new LinkedHashMap<>(incomplete);
            for (IncompleteRevision revision : session.incompleteRevisions()) {
                Revision file = graph.contains(revision.revision()) ? graph.get(revision.revision()) : null;
                notComplete.put(revision.revision(), revision.summary() + ". " + revision.advice(file));
            }
            return RevisionStates.of(graph, current, history, notComplete);
        }
    }

    private void print(List<RevisionState> states) {
        if (states.isEmpty()) {
            output.result("the status", "No revisions in " + workspace.directoryName() + " and none applied.\n");
            return;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Revision", "State", "Applied", "By", "Message"});
        for (RevisionState state : states) {
            HistoryEntry applied = state.applied();
            String word = state.state().word() + (state.current() ? " (current)" : "");
            rows.add(new String[] {state.id(), word,
                    applied == null || applied.startedAt() == null ? "" : WHEN.format(applied.startedAt()),
                    applied == null || applied.appliedBy() == null ? "" : by(applied),
                    state.revision() == null ? "" : state.revision().message()});
        }
        int[] widths = new int[4];
        for (String[] row : rows) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder table = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                line.append(row[i]).append(" ".repeat(widths[i] - row[i].length() + 2));
            }
            table.append(line.append(row[4]).toString().stripTrailing()).append('\n');
        }
        long pending = states.stream().filter(s -> s.state() == RevisionState.State.PENDING).count();
        long problems = states.stream().filter(s -> s.state().problem()).count();
        table.append(states.size()).append(" revisions: ").append(states.size() - pending - problems)
                .append(" applied, ").append(pending).append(" pending")
                .append(problems == 0 ? "." : ", " + problems + " need attention (see the warnings).").append('\n');
        output.result("the status", table.toString());
        for (RevisionState state : states) {
            if (state.detail() != null) {
                output.warn(state.id() + " " + state.state().word() + ": " + state.detail());
            }
        }
    }

    private static String by(HistoryEntry entry) {
        return entry.host() == null || entry.host().isBlank() ? entry.appliedBy()
                : entry.appliedBy() + "@" + entry.host();
    }
}
