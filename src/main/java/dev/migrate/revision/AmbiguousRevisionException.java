package dev.migrate.revision;

import java.util.List;

/** A revision prefix matches more than one revision. */
public final class AmbiguousRevisionException extends RevisionException {

    public AmbiguousRevisionException(String prefix, List<Revision> candidates) {
        super(Kind.SETUP, "Revision prefix '" + prefix + "' is ambiguous; it matches " + String.join(", ",
                candidates.stream().map(r -> r.id() + " (" + r.message() + ")").toList())
                + ". Give more characters of the id.");
    }
}
