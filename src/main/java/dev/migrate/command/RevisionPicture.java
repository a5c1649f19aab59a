package dev.migrate.command;

import dev.migrate.revision.Revision;
import dev.migrate.revision.RevisionGraph;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The revision graph as a picture ({@code history -Dmigrate.format=mermaid} or {@code dot}): a node per revision,
 * oldest first, an arrow from each parent to its child (so branch points and merges show as forks and joins), a
 * dashed arrow from each {@code Depends On:} revision, branch labels and the head and current markers in the node.
 */
abstract class RevisionPicture {

    /** Renders {@code revisions} (oldest first); edges only between them; {@code current} marks the database's. */
    final String render(RevisionGraph graph, List<Revision> revisions, Set<String> current) {
        Set<String> shown = new HashSet<>();
        revisions.forEach(r -> shown.add(r.id()));
        StringBuilder out = new StringBuilder();
        begin(out);
        for (Revision revision : revisions) {
            node(out, revision, title(graph, revision, current), current.contains(revision.id()));
        }
        for (Revision revision : revisions) {
            for (String parent : revision.parents()) {
                if (shown.contains(parent)) {
                    edge(out, parent, revision.id());
                }
            }
            for (String dependency : revision.dependsOn()) {
                if (shown.contains(dependency)) {
                    dependency(out, dependency, revision.id());
                }
            }
        }
        end(out, revisions.stream().map(Revision::id).filter(current::contains).toList());
        return out.toString();
    }

    /** {@code fb47cb2907c3 (investments) (head) (current)}. */
    private static String title(RevisionGraph graph, Revision revision, Set<String> current) {
        StringBuilder title = new StringBuilder(revision.id());
        for (String label : revision.branchLabels()) {
            title.append(" (").append(label).append(')');
        }
        if (graph.heads().contains(revision.id())) {
            title.append(" (head)");
        }
        if (current.contains(revision.id())) {
            title.append(" (current)");
        }
        return title.toString();
    }

    abstract void begin(StringBuilder out);

    abstract void node(StringBuilder out, Revision revision, String title, boolean current);

    abstract void edge(StringBuilder out, String parent, String child);

    abstract void dependency(StringBuilder out, String dependency, String dependent);

    abstract void end(StringBuilder out, List<String> current);

    /** Mermaid's flowchart, which GitHub renders in a {@code ```mermaid} block. */
    static final class Mermaid extends RevisionPicture {

        @Override
        void begin(StringBuilder out) {
            out.append("flowchart TD\n");
        }

        @Override
        void node(StringBuilder out, Revision revision, String title, boolean current) {
            out.append("    ").append(id(revision.id())).append("[\"").append(escape(title)).append("<br/>")
                    .append(escape(revision.message())).append("\"]\n");
        }

        @Override
        void edge(StringBuilder out, String parent, String child) {
            out.append("    ").append(id(parent)).append(" --> ").append(id(child)).append('\n');
        }

        @Override
        void dependency(StringBuilder out, String dependency, String dependent) {
            out.append("    ").append(id(dependency)).append(" -. depends on .-> ").append(id(dependent))
                    .append('\n');
        }

        @Override
        void end(StringBuilder out, List<String> current) {
            if (current.isEmpty()) {
                return;
            }
            out.append("    classDef current stroke-width:4px\n");
            out.append("    class ").append(String.join(",", current.stream().map(Mermaid::id).toList()))
                    .append(" current\n");
        }

        /** A node id that never reads as a number or a keyword: {@code r} and the revision id. */
        private static String id(String revision) {
            return "r" + revision;
        }

        private static String escape(String text) {
            return text.replace("&", "#amp;").replace("\"", "#quot;").replace("<", "#lt;").replace(">", "#gt;");
        }
    }

    /** Graphviz's DOT language ({@code dot -Tsvg}). */
    static final class Dot extends RevisionPicture {

        @Override
        void begin(StringBuilder out) {
            out.append("digraph revisions {\n");
            out.append("    node [shape=box];\n");
        }

        @Override
        void node(StringBuilder out, Revision revision, String title, boolean current) {
            out.append("    ").append(quote(revision.id())).append(" [label=")
                    .append(quote(title + "\n" + revision.message()))
                    .append(current ? ", penwidth=3" : "").append("];\n");
        }

        @Override
        void edge(StringBuilder out, String parent, String child) {
            out.append("    ").append(quote(parent)).append(" -> ").append(quote(child)).append(";\n");
        }

        @Override
        void dependency(StringBuilder out, String dependency, String dependent) {
            out.append("    ").append(quote(dependency)).append(" -> ").append(quote(dependent))
                    .append(" [style=dashed, label=\"depends on\"];\n");
        }

        @Override
        void end(StringBuilder out, List<String> current) {
            out.append("}\n");
        }

        private static String quote(String text) {
            return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
        }
    }
}
