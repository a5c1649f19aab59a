package dev.migrate.runner;

import dev.migrate.MigrateException;

/** An applied revision's file was edited afterwards. */
public final class EditedRevisionException extends MigrateException {

    public EditedRevisionException(String message) {
        super(Kind.PROJECT, message);
    }
}
