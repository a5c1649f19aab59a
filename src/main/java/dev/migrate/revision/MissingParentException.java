package dev.migrate.revision;

/** A revision revises (or depends on) a revision that no file declares. */
public final class MissingParentException extends RevisionException {

    public MissingParentException(Revision revision, String missing, String header) {
        super(revision.displayFile() + ": revision " + revision.id() + " names " + missing + " in '" + header
                + ":', but no revision file has that id. Restore the missing file (see 'git log --stat' of the"
                + " revisions folder) or correct the '" + header + ":' line.");
    }
}
