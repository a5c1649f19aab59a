package dev.migrate;

/** Where commands write the lines a user reads; the Maven adapter sends them to the build log. */
public interface Output {

    void info(String line);

    void warn(String line);

    void debug(String line);

    /**
     * The goal's result, the text a script reads ({@code REV=$(mvn -q migrate:current)}): the Maven adapter writes it
     * to standard output, even under {@code mvn -q}, or to {@code migrate.outputFile} (see
     * {@code dev.migrate.command.ResultDestination}), never through the log. {@code what} names it for the log line
     * of a file ({@code the SQL}). Here, without a destination, its lines go to {@link #info}.
     */
    default void result(String what, String text) {
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        if (body.isEmpty()) {
            return;
        }
        for (String line : body.split("\n", -1)) {
            info(line);
        }
    }

    /**
     * This output with its info lines shown only in debug mode, for work whose caller prints its own summary line
     * (the stairway's steps, a scratch check); warnings stay warnings.
     */
    default Output quiet() {
        Output loud = this;
        return new Output() {
            @Override public void info(String line) { loud.debug(line); }
            @Override public void warn(String line) { loud.warn(line); }
            @Override public void debug(String line) { loud.debug(line); }
        };
    }

    /** An output that keeps nothing, for callers that only want the result. */
    Output SILENT = new Output() {
        @Override public void info(String line) { }
        @Override public void warn(String line) { }
        @Override public void debug(String line) { }
        @Override public void result(String what, String text) { }
    };
}
