package dev.migrate.revision;

/** No revision has the id, prefix or branch label a target names. */
public final class UnknownRevisionException extends RevisionException {

    public UnknownRevisionException(String reference) {
        super(Kind.SETUP, "No revision matches '" + reference + "': it is neither a revision id, a unique id prefix"
                + " nor a branch label. Run 'mvn migrate:history' to list the revisions.");
    }
}
