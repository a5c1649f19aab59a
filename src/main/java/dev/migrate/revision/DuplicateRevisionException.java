package dev.migrate.revision;

/** Two revision files declare the same revision id. */
public final class DuplicateRevisionException extends RevisionException {

    public DuplicateRevisionException(String id, Revision first, Revision second) {
        super("Revision id " + id + " appears in two files: " + first.displayFile() + " and " + second.displayFile()
                + ". Give one of them a new id (its '-- Revision ID:' line and every 'Revises:' line that means it).");
    }
}
