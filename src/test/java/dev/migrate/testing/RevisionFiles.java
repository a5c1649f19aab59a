package dev.migrate.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes revision files for tests, with predictable names so that file order is the order of writing. */
public final class RevisionFiles {

    private final Path directory;
    private int count;

    public RevisionFiles(Path directory) {
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }

    /** Writes a revision; {@code parents} comma-separated or empty. */
    public Path write(String id, String parents, String message, String upgrade, String downgrade) {
        return writeRaw(id, "-- " + message + "\n--\n-- Revision ID: " + id + "\n-- Revises: " + parents
                + "\n-- Create Date: 2026-11-25 10:00:0" + (count % 10) + "Z\n\n-- migrate:upgrade\n" + upgrade
                + "\n\n-- migrate:downgrade\n" + downgrade + "\n");
    }

    /** Writes a file with exactly {@code content}. */
    public Path writeRaw(String id, String content) {
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve(String.format("20261125_1000%02d_%s_test.sql", count++, id));
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
