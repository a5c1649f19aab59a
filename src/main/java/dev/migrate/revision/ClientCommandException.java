package dev.migrate.revision;

/** A statement that is a command of the database's command-line client ({@code \i}, {@code \copy}, ...), not SQL. */
public final class ClientCommandException extends RevisionException {

    private final int line;
    private final String command;

    public ClientCommandException(String source, int line, String command, SqlFlavor flavor) {
        super(source + ":" + line + ": '" + command + "' is a command of " + client(flavor) + ", not SQL, and the "
                + "plugin sends revisions to the database without a client; " + instead(command));
        this.line = line;
        this.command = command;
    }

    public int line() {
        return line;
    }

    public String command() {
        return command;
    }

    private static String client(SqlFlavor flavor) {
        return switch (flavor) {
            case POSTGRESQL -> "the psql client";
            case MYSQL -> "the mariadb client";
            case H2 -> "a command-line client";
        };
    }

    private static String instead(String command) {
        return switch (command) {
            case "\\i", "\\ir", "\\include", "\\include_relative", "\\." ->
                    "copy the statements of the file it reads into the revision";
            case "\\copy" -> "load the rows with INSERT statements (or COPY ... FROM a file on the database server)";
            case "\\set", "\\gset" -> "write the values into the SQL itself";
            default -> "write the SQL it stands for instead";
        };
    }
}
