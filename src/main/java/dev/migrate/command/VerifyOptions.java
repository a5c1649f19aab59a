package dev.migrate.command;

import java.nio.file.Path;

/**
 * What {@code migrate:verify} needs besides the common settings.
 *
 * @param verifyUrl  an empty database to verify on instead of a throwaway one, or null
 * @param from       the revision to start the stairway after ({@code migrate.verify.from}), or null for base
 * @param reportFile where to write the report for CI ({@code target/migrate/verify.json}), or null for none
 */
public record VerifyOptions(String verifyUrl, String from, Path reportFile) {

    public VerifyOptions {
        verifyUrl = verifyUrl == null || verifyUrl.isBlank() ? null : verifyUrl.strip();
        from = from == null || from.isBlank() ? null : from.strip();
    }
}
