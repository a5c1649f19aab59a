package dev.migrate.dialect;

import dev.migrate.schema.Schema;

/**
 * Replaces the constraint names a database made up (H2's {@code CONSTRAINT_62}, which differ between two databases
 * built by the same SQL) with names derived from the constraints, so that two catalogs can be compared.
 */
public final class GeneratedNames {

    private GeneratedNames() {
    }

    public static Schema stable(Schema schema, Dialect dialect) {
        return ConstraintNames.assign(schema, dialect::isGeneratedName, dialect::fold);
    }
}
