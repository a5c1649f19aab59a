package dev.migrate.revision;

/** A revision file whose header or section markers cannot be read. */
public final class MalformedRevisionException extends RevisionException {

    public MalformedRevisionException(String file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
    }
}
