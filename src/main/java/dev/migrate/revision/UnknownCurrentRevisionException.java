package dev.migrate.revision;

import java.util.Collection;

/** The version table names revisions that no revision file declares. */
public final class UnknownCurrentRevisionException extends RevisionException {

    public UnknownCurrentRevisionException(Collection<String> unknown, String versionTable, String directory) {
        super("The database is at revision " + String.join(", ", unknown) + " (table " + versionTable
                + "), which is not among the revision files in " + directory + ". Check out the code that has that "
                + "revision, or stamp the database to a known one: mvn migrate:stamp -Dmigrate.target=<rev> "
                + "-Dmigrate.purge=true");
    }
}
