package dev.migrate.revision;

/** A relative target ({@code +N}, {@code -N}) that has no single path: a branch or merge point is in the way. */
public final class AmbiguousWalkException extends RevisionException {

    public AmbiguousWalkException(String message) {
        super(Kind.SETUP, message);
    }
}
