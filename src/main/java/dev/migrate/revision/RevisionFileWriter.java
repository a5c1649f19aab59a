package dev.migrate.revision;

import dev.migrate.MigrateException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Writes a new revision file: {@code <yyyyMMdd_HHmmss>_<rev>_<slug>.sql} with its header and two sections. */
public final class RevisionFileWriter {

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter HEADER_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int MAX_SLUG = 48;

    private RevisionFileWriter() {
    }

    /** Writes the file into {@code directory} (created when missing) and returns its path. */
    public static Path write(Path directory, NewRevision revision) {
        Path file = directory.resolve(FILE_TIME.format(revision.created()) + "_" + revision.id() + "_"
                + slug(revision.message()) + ".sql");
        try {
            Files.createDirectories(directory);
            Files.writeString(file, render(revision), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            throw new MigrateException(MigrateException.Kind.PROJECT, DisplayPaths.of(file) + " already exists; "
                    + "choose another migrate.revId or message");
        } catch (IOException e) {
            throw new MigrateException(MigrateException.Kind.SETUP, "Cannot write " + DisplayPaths.of(file) + ": "
                    + e.getMessage());
        }
        return file;
    }

    static String render(NewRevision revision) {
        StringBuilder out = new StringBuilder();
        for (String line : revision.message().strip().split("\r\n|\r|\n")) {
            out.append("-- ").append(line.strip()).append('\n');
        }
        out.append("--\n");
        out.append("-- ").append(RevisionFileParser.REVISION_ID).append(": ").append(revision.id()).append('\n');
        out.append("-- ").append(RevisionFileParser.REVISES).append(": ")
                .append(String.join(", ", revision.parents())).append('\n');
        out.append("-- ").append(RevisionFileParser.CREATE_DATE).append(": ")
                .append(HEADER_TIME.format(revision.created())).append('\n');
        if (!revision.branchLabels().isEmpty()) {
            out.append("-- ").append(RevisionFileParser.BRANCH_LABELS).append(": ")
                    .append(String.join(", ", revision.branchLabels())).append('\n');
        }
        if (!revision.dependsOn().isEmpty()) {
            out.append("-- ").append(RevisionFileParser.DEPENDS_ON).append(": ")
                    .append(String.join(", ", revision.dependsOn())).append('\n');
        }
        out.append("\n-- migrate:upgrade").append(revision.upgradeTransactional() ? "" : " transaction=false")
                .append('\n');
        appendBody(out, revision.upgradeSql());
        out.append("\n-- migrate:downgrade").append(revision.downgradeTransactional() ? "" : " transaction=false")
                .append('\n');
        appendBody(out, revision.downgradeSql());
        return out.toString();
    }

    private static void appendBody(StringBuilder out, String sql) {
        String body = sql == null ? "" : sql.strip();
        if (!body.isEmpty()) {
            out.append(body).append('\n');
        }
    }

    /** The message's first line in lower case, words joined by underscores. */
    static String slug(String message) {
        String firstLine = message.strip().split("\r\n|\r|\n")[0];
        String slug = firstLine.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (slug.length() > MAX_SLUG) {
            slug = slug.substring(0, MAX_SLUG).replaceAll("_+$", "");
        }
        return slug.isEmpty() ? "revision" : slug;
    }
}
