package dev.migrate.command;

import dev.migrate.revision.InvalidTargetException;
import dev.migrate.revision.MigrationPlanner;
import dev.migrate.revision.RevisionGraph;

import java.util.Set;

/**
 * An offline target: {@code to}, or {@code from:to} where {@code from} stands for what the database is at.
 *
 * @param from the heads the script starts from
 * @param to   the target
 * @param text the range as the user wrote it, with the start filled in
 */
record OfflineRange(Set<String> from, String to, String text) {

    static OfflineRange parse(String range, String defaultFrom, RevisionGraph graph) {
        String value = range == null || range.isBlank() ? "head" : range.strip();
        String[] parts = value.split(":", -1);
        if (parts.length > 2 || (parts.length == 2 && (parts[0].isBlank() || parts[1].isBlank()))) {
            throw new InvalidTargetException("'" + value + "' is not a valid offline range: use <from>:<to>, e.g. "
                    + "base:head or 1a2b3c4d5e6f:head.");
        }
        String fromText = parts.length == 2 ? parts[0].strip() : defaultFrom;
        String to = parts[parts.length - 1].strip();
        for (String part : new String[] {fromText, to}) {
            if (part.startsWith("+") || part.startsWith("-") || part.equals("current")) {
                throw new InvalidTargetException("'" + value + "' is not a valid offline range: '" + part + "' is "
                        + "relative to the database's current revision, which offline mode does not read. Name "
                        + "revisions, base or head.");
            }
        }
        Set<String> from = new MigrationPlanner(graph).resolve(fromText, Set.of());
        return new OfflineRange(from, to, fromText + ":" + to);
    }
}
