package dev.migrate.runner;

import dev.migrate.MigrateException;

/** A revision that could not run atomically did not complete, so nothing may run on top of it until it is settled. */
public final class IncompleteRevisionException extends MigrateException {

    public IncompleteRevisionException(String message) {
        super(Kind.PROJECT, message);
    }
}
