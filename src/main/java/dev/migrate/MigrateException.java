package dev.migrate;

/**
 * A problem a user can cause or fix: its message says what is wrong, names the file, line, parameter or revision
 * at fault, and says what to do next. Adapters print the message alone, never a stack trace.
 */
public class MigrateException extends RuntimeException {

    /** Who must act on the problem: the project (a failing build) or the set-up (a goal that cannot run). */
    public enum Kind {
        /** Something in the user's project is wrong: a revision file, its SQL, drift between entities and database. */
        PROJECT,
        /** The goal cannot run: configuration, connection, driver, permissions. */
        SETUP
    }

    private final Kind kind;

    public MigrateException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public MigrateException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
