package dev.migrate.command;

import dev.migrate.Output;
import dev.migrate.change.Change;
import dev.migrate.entity.EntityException;
import dev.migrate.revision.RevisionGraph;

/**
 * The last step of {@code migrate:verify}: at head, the entities' schema equals the one the revisions build (the
 * comparison of {@code migrate:check}, on the throwaway database). Skipped with a note when there are no entities.
 */
final class ModelCheck {

    private static final String NO_ENTITIES = "No @Entity classes found";

    private final EntityOptions entities;
    private final Output output;

    ModelCheck(EntityOptions entities, Output output) {
        this.entities = entities;
        this.output = output;
    }

    /** Compares on the database {@code atHead} names, which the stairway left at head. */
    void atHead(RevisionGraph graph, MigrateSettings atHead) {
        if (entities == null) {
            output.info("Model matches: skipped, the project has no compiled classes.");
            return;
        }
        Output quiet = output.quiet();
        Comparison comparison;
        try {
            comparison = Autogenerate.compareAtHead(new Workspace(atHead, quiet), graph, entities,
                    "so that the entities are compared with the schema the revisions build", quiet);
        } catch (EntityException e) {
            if (e.getMessage().startsWith(NO_ENTITIES)) {
                output.info("Model matches: skipped, the project has no @Entity classes.");
                return;
            }
            throw e;
        }
        if (!comparison.isEmpty()) {
            StringBuilder message = new StringBuilder("At head, the entities and the schema the revisions build "
                    + "differ (" + comparison.upgrade().size() + (comparison.upgrade().size() == 1 ? " change"
                    : " changes") + "):");
            for (Change change : comparison.upgrade()) {
                message.append("\n  - ").append(change.describe());
            }
            message.append("\nWrite a revision for them with 'mvn migrate:revision -Dmigrate.message=\"...\"', "
                    + "review it, and commit it with the entity changes.");
            throw new VerifyFailedException(message.toString());
        }
        output.info("Model matches: at head, the schema the revisions build equals the entities'.");
    }
}
