package dev.migrate.command;

import dev.migrate.Output;
import dev.migrate.revision.InvalidTargetException;
import dev.migrate.revision.MigrationPlanner;
import dev.migrate.revision.Revision;
import dev.migrate.revision.RevisionGraph;

import java.util.Set;

/** {@code migrate:show}: prints one revision: its header, place in the graph, and both sections. */
public record ShowCommand(Workspace workspace, Output output) {

    public ShowCommand(MigrateSettings settings, Output output) {
        this(new Workspace(settings, output), output);
    }

    public Revision run(String target) {
        RevisionGraph graph = workspace.nonEmptyGraph();
        String reference = target == null || target.isBlank() ? "head" : target;
        Set<String> ids = new MigrationPlanner(graph).resolve(reference, Set.of());
        if (ids.size() != 1) {
            throw new InvalidTargetException("migrate:show prints one revision, but '"
                    + reference + "' names " + (ids.isEmpty() ? "none" : String.join(", ", ids)) + ".");
        }
        Revision revision = graph.get(ids.iterator().next());
        new RevisionDescriber(graph, Set.of()).block(revision, null).forEach(output::info);
        output.info("-- migrate:upgrade" + (revision.upgrade().transactional() ? "" : " transaction=false"));
        printBody(revision.upgrade().text());
        revision.downgrade().ifPresent(section -> {
            output.info("-- migrate:downgrade" + (section.transactional() ? "" : " transaction=false"));
            printBody(section.text());
        });
        return revision;
    }

    private void printBody(String text) {
        String body = text.strip();
        if (!body.isEmpty()) {
            for (String line : body.split("\r\n|\r|\n")) {
                output.info(line);
            }
        }
        output.info("");
    }
}
