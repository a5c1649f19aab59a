package dev.migrate.command;

import dev.migrate.MigrateException;
import dev.migrate.revision.DisplayPaths;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What {@code migrate:verify} did, revision by revision, as the log shows it and as {@code verify.json} holds it. */
public final class VerifyReport {

    /** One revision's stairway step: its upgrade, checks and downgrade times in milliseconds. */
    public record Step(String id, String message, String file, long upMillis, long downMillis, int checks) {
    }

    private final String database;
    private final List<Step> steps = new ArrayList<>();
    private String failure;
    private long millis;

    VerifyReport(String database) {
        this.database = database;
    }

    void add(Step step) {
        steps.add(step);
    }

    void failed(String message) {
        failure = message;
    }

    void took(long totalMillis) {
        millis = totalMillis;
    }

    public List<Step> steps() {
        return List.copyOf(steps);
    }

    public boolean passed() {
        return failure == null;
    }

    /** The report as JSON, for CI. */
    String json() {
        StringBuilder json = new StringBuilder("{\n  \"result\": \"").append(passed() ? "passed" : "failed")
                .append("\",\n  \"database\": ").append(string(database))
                .append(",\n  \"millis\": ").append(millis)
                .append(",\n  \"failure\": ").append(failure == null ? "null" : string(failure))
                .append(",\n  \"revisions\": [");
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            json.append(i == 0 ? "\n" : ",\n").append("    {\"id\": ").append(string(s.id()))
                    .append(", \"message\": ").append(string(s.message()))
                    .append(", \"file\": ").append(string(s.file()))
                    .append(", \"upMillis\": ").append(s.upMillis())
                    .append(", \"downMillis\": ").append(s.downMillis())
                    .append(", \"checks\": ").append(s.checks()).append('}');
        }
        return json.append(steps.isEmpty() ? "]\n}\n" : "\n  ]\n}\n").toString();
    }

    void write(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, json(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MigrateException(MigrateException.Kind.SETUP, "Cannot write the verify report "
                    + DisplayPaths.of(file) + ": " + e.getMessage());
        }
    }

    private static String string(String value) {
        return Json.write(value);
    }
}
