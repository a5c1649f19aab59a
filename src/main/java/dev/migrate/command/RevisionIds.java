package dev.migrate.command;

import dev.migrate.MigrateException;
import dev.migrate.revision.RevisionFileParser;
import dev.migrate.revision.RevisionGraph;

import java.security.SecureRandom;
import java.util.HexFormat;

/** New revision ids: 12 random hex digits, or the user's {@code revId} once checked. */
final class RevisionIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private RevisionIds() {
    }

    static String next(String requested, RevisionGraph graph) {
        if (requested != null && !requested.isBlank()) {
            String id = requested.strip();
            if (!RevisionFileParser.REVISION_ID_PATTERN.matcher(id).matches()) {
                throw new MigrateException(MigrateException.Kind.SETUP, "Invalid migrate.revId '" + id + "': use 1 to "
                        + "32 letters, digits or underscores.");
            }
            if (graph.contains(id)) {
                throw new MigrateException(MigrateException.Kind.SETUP, "migrate.revId '" + id + "' is taken by "
                        + graph.get(id).displayFile() + "; choose another id or leave revId unset for a random one.");
            }
            return id;
        }
        while (true) {
            byte[] bytes = new byte[6];
            RANDOM.nextBytes(bytes);
            String id = HexFormat.of().formatHex(bytes);
            if (!graph.contains(id)) {
                return id;
            }
        }
    }

    static String requireMessage(String message, String goal) {
        if (message == null || message.isBlank()) {
            throw new MigrateException(MigrateException.Kind.SETUP, goal + " needs a message: -Dmigrate.message=\"Add "
                    + "investment balance points table\" (it names the file and heads it).");
        }
        return message.strip();
    }
}
