package dev.migrate.runner;

import dev.migrate.dialect.Dialect;
import dev.migrate.revision.Revision;
import dev.migrate.revision.RevisionGraph;
import dev.migrate.revision.UnknownCurrentRevisionException;

import java.util.List;
import java.util.Set;

/** The version table's rows checked against the revision files, before anything is planned on them. */
public final class CurrentHeads {

    private CurrentHeads() {
    }

    /**
     * The current heads, checked against the revision files; fails when a revision did not complete, as nothing may
     * run on top of it. {@code directoryName} is the revision folder as messages show it.
     */
    public static Set<String> known(SchemaSession session, RevisionGraph graph, String directoryName) {
        Set<String> current = session.currentHeads();
        List<IncompleteRevision> incomplete = session.incompleteRevisions();
        if (!incomplete.isEmpty()) {
            IncompleteRevision last = incomplete.get(incomplete.size() - 1);
            throw new IncompleteRevisionException(explain(last, graph, session.dialect(), current));
        }
        return checked(session, graph, current, directoryName);
    }

    /** {@code current}, failing when it names a revision the files do not have. */
    static Set<String> checked(SchemaSession session, RevisionGraph graph, Set<String> current,
                               String directoryName) {
        Set<String> unknown = graph.unknown(current);
        if (!unknown.isEmpty()) {
            throw new UnknownCurrentRevisionException(unknown, session.versions().name(), directoryName);
        }
        return current;
    }

    /** The account of a revision that did not complete, with the lines of its file when the files have it. */
    public static String explain(IncompleteRevision incomplete, RevisionGraph graph, Dialect dialect,
                                 Set<String> heads) {
        Revision file = graph.contains(incomplete.revision()) ? graph.get(incomplete.revision()) : null;
        return incomplete.explanation(file, dialect.flavor(), heads);
    }
}
