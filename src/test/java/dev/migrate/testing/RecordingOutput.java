package dev.migrate.testing;

import dev.migrate.Output;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Keeps what a command printed, for exact assertions. */
public final class RecordingOutput implements Output {

    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void info(String line) {
        lines.add(line);
    }

    @Override
    public void warn(String line) {
        lines.add("WARN " + line);
    }

    @Override
    public void debug(String line) {
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    public void clear() {
        lines.clear();
    }
}
