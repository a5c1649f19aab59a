package dev.migrate.dialect;

import dev.migrate.MigrateException;

/** Hibernate's DDL for the entities failed while being applied to the scratch namespace. */
public final class ScratchDdlException extends MigrateException {

    public ScratchDdlException(String dialect, String statement, String error) {
        super(Kind.PROJECT, "Hibernate's DDL for the entities does not run on " + dialect + ": " + error
                + "\n  statement: " + statement + "\nCheck the mapping that produces it (a columnDefinition, "
                + "@Check or @ColumnDefault written for another database is the usual cause).");
    }
}
