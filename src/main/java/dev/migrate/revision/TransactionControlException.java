package dev.migrate.revision;

/**
 * A section that runs in the plugin's transaction holds a statement that begins, ends or splits a transaction
 * ({@code COMMIT}, {@code ROLLBACK}, {@code BEGIN}, {@code SAVEPOINT}, ...): it would commit half a revision.
 */
public final class TransactionControlException extends RevisionException {

    private final int line;
    private final String statement;

    public TransactionControlException(String source, int line, String statement, Section section) {
        super(source + ":" + line + ": '" + shown(statement) + "' is transaction control, which a section may hold "
                + "only when its marker says transaction=false: otherwise the plugin begins and ends the revision's "
                + "transactions itself. Remove the statement, or change the marker on line " + (section.firstLine() - 1)
                + " to '-- migrate:" + section.name() + " transaction=false' to run the section's statements as "
                + "written, outside the plugin's transaction");
        this.line = line;
        this.statement = statement;
    }

    public int line() {
        return line;
    }

    public String statement() {
        return statement;
    }

    /** The statement's first line, shortened. */
    private static String shown(String statement) {
        String first = statement.lines().findFirst().orElse("").strip();
        return first.length() > 60 ? first.substring(0, 57) + "..." : first;
    }
}
