package dev.migrate;

/** Where commands write the lines a user reads; the Maven adapter sends them to the build log. */
public interface Output {

    void info(String line);

    void warn(String line);

    void debug(String line);

    /** An output that keeps nothing, for callers that only want the result. */
    Output SILENT = new Output() {
        @Override public void info(String line) { }
        @Override public void warn(String line) { }
        @Override public void debug(String line) { }
    };
}
