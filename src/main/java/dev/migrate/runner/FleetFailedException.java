package dev.migrate.runner;

import dev.migrate.MigrateException;

import java.util.List;

/** Some tenants of a fleet failed (or were not started after a failure under {@code failFast}); names them. */
public final class FleetFailedException extends MigrateException {

    private final List<String> failed;

    public FleetFailedException(Kind kind, String message, List<String> failed) {
        super(kind, message);
        this.failed = List.copyOf(failed);
    }

    /** The names of the tenants that failed. */
    public List<String> failed() {
        return failed;
    }
}
