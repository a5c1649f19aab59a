package dev.migrate.command;

import dev.migrate.revision.RevisionGraph;

import java.util.Collection;

/** Describes a set of version-table rows for messages: {@code 3f2a9c1b7d4e (head)}, {@code base}. */
final class Heads {

    private Heads() {
    }

    static String describe(RevisionGraph graph, Collection<String> heads) {
        if (heads.isEmpty()) {
            return "base (no revision applied)";
        }
        StringBuilder out = new StringBuilder();
        for (String id : graph.inFileOrder(heads)) {
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(id);
            if (graph.heads().contains(id)) {
                out.append(" (head)");
            }
        }
        return out.toString();
    }
}
