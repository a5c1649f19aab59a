package dev.migrate.command;

import dev.migrate.MigrateException;
import dev.migrate.Output;
import dev.migrate.change.Change;

/** {@code migrate:check}: fails when the entities and the upgraded database differ; writes nothing. */
public record CheckCommand(Workspace workspace, EntityOptions entities, Output output) {

    public CheckCommand(MigrateSettings settings, EntityOptions entities, Output output) {
        this(new Workspace(settings, output), entities, output);
    }

    /** Returns the comparison when it is empty; throws {@link DriftException} listing the differences otherwise. */
    public Comparison run() {
        Comparison comparison = Autogenerate.compareAtHead(workspace, workspace.graphOrEmpty(), entities,
                "so that the entities are compared with the schema the revisions build", output);
        if (!comparison.isEmpty()) {
            StringBuilder message = new StringBuilder("The database and the entities differ ("
                    + comparison.upgrade().size() + (comparison.upgrade().size() == 1 ? " change" : " changes")
                    + "):");
            for (Change change : comparison.upgrade()) {
                message.append("\n  - ").append(change.describe());
            }
            message.append("\nWrite a revision for them with 'mvn migrate:revision -Dmigrate.message=\"...\"', "
                    + "review it, and commit it with the entity changes.");
            throw new DriftException(message.toString());
        }
        output.info("No changes detected: the database matches the entities.");
        return comparison;
    }

    /** The entities and the database differ. */
    public static final class DriftException extends MigrateException {

        public DriftException(String message) {
            super(Kind.PROJECT, message);
        }
    }
}
