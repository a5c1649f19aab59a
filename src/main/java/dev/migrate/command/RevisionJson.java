package dev.migrate.command;

import dev.migrate.revision.Revision;
import dev.migrate.revision.RevisionGraph;
import dev.migrate.runner.HistoryEntry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One revision as the JSON results of {@code current}, {@code heads} and {@code history} show it (README, "Output
 * for scripts"): the same keys in the same order for every revision, so scripts can rely on them.
 */
final class RevisionJson {

    private final RevisionGraph graph;

    RevisionJson(RevisionGraph graph) {
        this.graph = graph;
    }

    /** The revision {@code id}; one the files do not have gets {@code "file": null} and empty fields. */
    Map<String, Object> of(String id) {
        if (!graph.contains(id)) {
            Map<String, Object> unknown = new LinkedHashMap<>();
            unknown.put("revision", id);
            unknown.put("message", null);
            unknown.put("parents", List.of());
            unknown.put("dependsOn", List.of());
            unknown.put("branchLabels", List.of());
            unknown.put("createDate", null);
            unknown.put("file", null);
            unknown.put("head", false);
            unknown.put("branchPoint", false);
            unknown.put("mergePoint", false);
            return unknown;
        }
        Revision revision = graph.get(id);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("revision", revision.id());
        json.put("message", revision.message());
        json.put("parents", revision.parents());
        json.put("dependsOn", revision.dependsOn());
        json.put("branchLabels", revision.branchLabels());
        json.put("createDate", revision.createDate().isEmpty() ? null : revision.createDate());
        json.put("file", revision.displayFile());
        json.put("head", graph.heads().contains(id));
        json.put("branchPoint", graph.isBranchPoint(id));
        json.put("mergePoint", revision.isMergePoint());
        return json;
    }

    /** {@link #of} with history's two more keys: whether the database is at it, and when it was applied. */
    Map<String, Object> inHistory(String id, boolean current, HistoryEntry applied) {
        Map<String, Object> json = of(id);
        json.put("current", current);
        if (applied == null) {
            json.put("applied", null);
        } else {
            Map<String, Object> when = new LinkedHashMap<>();
            when.put("at", applied.startedAt().toString());
            when.put("by", applied.appliedBy());
            when.put("host", applied.host());
            when.put("durationMs", applied.durationMs());
            when.put("direction", applied.direction());
            json.put("applied", when);
        }
        return json;
    }
}
