package dev.migrate.dialect;

import dev.migrate.MigrateException;

import java.time.Duration;

/** Another run held the migration lock for longer than {@code lockTimeout}. */
public final class LockTimeoutException extends MigrateException {

    public LockTimeoutException(Duration waited, String holder) {
        super(Kind.SETUP, "Gave up waiting for the migration lock after " + waited.toSeconds() + " s; it is held by "
                + holder + ". Let that run finish, or raise migrate.lockTimeout (seconds, -1 waits forever).");
    }
}
