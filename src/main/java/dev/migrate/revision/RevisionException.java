package dev.migrate.revision;

import dev.migrate.MigrateException;

/** A problem with the revision files or with a target named against them. */
public class RevisionException extends MigrateException {

    public RevisionException(String message) {
        super(Kind.PROJECT, message);
    }

    public RevisionException(Kind kind, String message) {
        super(kind, message);
    }
}
