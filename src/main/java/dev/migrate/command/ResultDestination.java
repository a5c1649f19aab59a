package dev.migrate.command;

import dev.migrate.MigrateException;
import dev.migrate.Output;
import dev.migrate.revision.DisplayPaths;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a goal's result goes ({@link Output#result}): standard output, written directly and flushed as
 * {@code help:evaluate -DforceStdout} does, so {@code mvn -q} still shows it and nothing prefixes it; or a file
 * ({@code migrate.outputFile}), with a log line naming it. The one place every goal's result passes through.
 */
public final class ResultDestination {

    private final PrintStream stdout;
    private final Path file;

    private ResultDestination(PrintStream stdout, Path file) {
        this.stdout = stdout;
        this.file = file;
    }

    /** The process's standard output, as it is when the result is written. */
    public static ResultDestination standardOutput() {
        return new ResultDestination(null, null);
    }

    public static ResultDestination stream(PrintStream out) {
        return new ResultDestination(out, null);
    }

    public static ResultDestination file(Path file) {
        return new ResultDestination(null, file);
    }

    /** {@code file} when it is set, standard output otherwise. */
    public static ResultDestination fileOrStandardOutput(Path file) {
        return file == null ? standardOutput() : file(file);
    }

    /** Writes {@code text}; a file's path is then reported on {@code log} ({@code Wrote the SQL to ...}). */
    public void write(String what, String text, Output log) {
        if (file == null) {
            if (text.isEmpty()) {
                return;
            }
            PrintStream out = stdout == null ? System.out : stdout;
            out.print(text.endsWith("\n") ? text : text + "\n");
            out.flush();
            return;
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MigrateException(MigrateException.Kind.SETUP, "Cannot write migrate.outputFile "
                    + DisplayPaths.of(file) + ": " + e.getMessage());
        }
        log.info("Wrote " + what + " to " + DisplayPaths.of(file));
    }
}
