package dev.migrate.revision;

import java.util.List;

/** A target or a new revision needs one head, but the revisions have several. */
public final class MultipleHeadsException extends RevisionException {

    private final List<String> heads;

    public MultipleHeadsException(String target, List<String> heads) {
        this(heads, "Multiple head revisions are present for target '" + target + "': " + String.join(", ", heads)
                + ". Name one of them, use '<branch label>@head' to narrow to one branch or 'heads' for every head,"
                + " or join them with 'mvn migrate:merge -Dmigrate.message=\"merge heads\"' (list them with"
                + " 'mvn migrate:heads').");
    }

    private MultipleHeadsException(List<String> heads, String message) {
        super(message);
        this.heads = List.copyOf(heads);
    }

    /** For {@code migrate:revision}, which must know the new revision's parent. */
    public static MultipleHeadsException forNewRevision(List<String> heads) {
        return new MultipleHeadsException(heads, "Multiple heads are present (" + String.join(", ", heads)
                + "); choose "
                + "the parent of the new revision with -Dmigrate.head=<revision>, or join the heads first with "
                + "'mvn migrate:merge -Dmigrate.message=\"merge heads\"'.");
    }

    public List<String> heads() {
        return heads;
    }
}
