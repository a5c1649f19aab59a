package dev.migrate.command;

import dev.migrate.MigrateException;

/** {@code migrate:verify} found a revision that does not go up, down and up again cleanly, or a failing check. */
public final class VerifyFailedException extends MigrateException {

    public VerifyFailedException(String message) {
        super(Kind.PROJECT, message);
    }
}
