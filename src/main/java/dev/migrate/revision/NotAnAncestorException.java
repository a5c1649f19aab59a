package dev.migrate.revision;

import java.util.Collection;

/** A downgrade target that is not applied, so the database cannot move back to it. */
public final class NotAnAncestorException extends RevisionException {

    public NotAnAncestorException(String target, Collection<String> current) {
        super(Kind.SETUP, "Revision " + target + " is not applied to the database (current: "
                + (current.isEmpty() ? "base" : String.join(", ", current)) + "), so it is not a valid downgrade "
                + "target. A downgrade moves back to a revision the database has passed; see 'mvn migrate:history'.");
    }
}
