package dev.migrate.revision;

/** A target that the grammar does not accept, or that makes no sense for the goal. */
public final class InvalidTargetException extends RevisionException {

    public InvalidTargetException(String message) {
        super(Kind.SETUP, message);
    }
}
