package dev.migrate.command;

import dev.migrate.MigrateException;

/**
 * {@code migrate:verify} was interrupted (Ctrl-C, SIGTERM): the JVM's shutdown dropped its throwaway database while it
 * ran, so what failed after that says nothing about the revisions.
 */
public final class VerifyInterruptedException extends MigrateException {

    public VerifyInterruptedException(String message) {
        super(Kind.SETUP, message);
    }
}
