package dev.migrate.runner;

import dev.migrate.revision.Revision;

/**
 * Where one revision stands in a database: what {@code status} prints a row for and {@code validate} judges.
 *
 * @param id       the revision id
 * @param revision the revision file, or null when the database knows a revision the files do not
 * @param state    applied, pending, or what is wrong with it
 * @param applied  the history row of the step that applied it (or stamped it), or null
 * @param current  whether the version table holds it
 * @param detail   what is wrong, in a sentence, or null
 */
public record RevisionState(String id, Revision revision, State state, HistoryEntry applied, boolean current,
                            String detail) {

    /** The states a revision can be in; the words are what {@code status} prints. */
    public enum State {
        APPLIED("applied", false),
        PENDING("pending", false),
        EDITED("edited", true),
        UNKNOWN("unknown", true),
        INCOMPLETE("incomplete", true),
        OUT_OF_ORDER("out of order", true);

        private final String word;
        private final boolean problem;

        State(String word, boolean problem) {
            this.word = word;
            this.problem = problem;
        }

        public String word() {
            return word;
        }

        /** Whether {@code validate} fails on it. */
        public boolean problem() {
            return problem;
        }
    }
}
