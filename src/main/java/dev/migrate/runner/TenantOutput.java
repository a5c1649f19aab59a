package dev.migrate.runner;

import dev.migrate.Output;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines one tenant's goal writes, kept until the tenant is done and then written in one block, each line
 * prefixed with the tenant's name, so that tenants running at once never interleave.
 */
final class TenantOutput implements Output {

    private enum Level { INFO, WARN, DEBUG, ERROR }

    private record Line(Level level, String text) {
    }

    private record Result(String what, String text) {
    }

    private final List<Line> lines = new ArrayList<>();
    private final List<Result> results = new ArrayList<>();

    @Override
    public synchronized void info(String line) {
        lines.add(new Line(Level.INFO, line));
    }

    @Override
    public synchronized void warn(String line) {
        lines.add(new Line(Level.WARN, line));
    }

    @Override
    public synchronized void debug(String line) {
        lines.add(new Line(Level.DEBUG, line));
    }

    /** The tenant's failure, written as warnings so the build log shows it among the tenant's lines. */
    synchronized void error(String message) {
        for (String line : message.split("\n")) {
            lines.add(new Line(Level.ERROR, line));
        }
    }

    @Override
    public synchronized void result(String what, String text) {
        results.add(new Result(what, text));
    }

    /** The results the goal handed over, as it wrote them. */
    synchronized List<String> results() {
        return results.stream().map(Result::text).toList();
    }

    /**
     * Writes the kept lines to {@code to}, each prefixed with {@code prefix}, and the results too unless
     * {@code withResults} is false (the caller then reads them from {@link #results}).
     */
    synchronized void writeTo(Output to, String prefix, boolean withResults) {
        for (Line line : lines) {
            String text = prefix + line.text();
            switch (line.level()) {
                case INFO -> to.info(text);
                case WARN -> to.warn(text);
                case ERROR -> to.warn(text);
                case DEBUG -> to.debug(text);
            }
        }
        for (Result result : withResults ? results : List.<Result>of()) {
            String body = result.text().endsWith("\n") ? result.text().substring(0, result.text().length() - 1)
                    : result.text();
            if (body.isEmpty()) {
                continue;
            }
            StringBuilder prefixed = new StringBuilder();
            for (String line : body.split("\n", -1)) {
                prefixed.append(prefix).append(line).append('\n');
            }
            to.result(result.what(), prefixed.toString());
        }
    }
}
