package dev.migrate.revision;

/** A section's SQL cannot be split into statements: an unterminated literal, identifier, comment or dollar quote. */
public final class SqlSyntaxException extends RevisionException {

    private final int line;

    public SqlSyntaxException(String source, int line, String problem) {
        super(source + ":" + line + ": " + problem);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
