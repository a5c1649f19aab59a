package dev.migrate.command;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * What {@code migrate:verify} needs besides the common settings.
 *
 * @param verifyUrl  an empty database to verify on instead of a throwaway one, or null
 * @param from       the revision to start the stairway after ({@code migrate.verify.from}), or null for base
 * @param reportFile where to write the report for CI ({@code target/migrate/verify.json}), or null for none
 * @param heads      the heads the revision files must have, as ids or unique prefixes ({@code migrate.heads});
 *                   empty for exactly one head
 */
public record VerifyOptions(String verifyUrl, String from, Path reportFile, List<String> heads) {

    public VerifyOptions {
        verifyUrl = verifyUrl == null || verifyUrl.isBlank() ? null : verifyUrl.strip();
        from = from == null || from.isBlank() ? null : from.strip();
        heads = heads == null ? List.of() : heads.stream().map(String::strip).filter(h -> !h.isEmpty()).toList();
    }

    /** Options that expect one head. */
    public VerifyOptions(String verifyUrl, String from, Path reportFile) {
        this(verifyUrl, from, reportFile, List.of());
    }

    /** The heads of a comma-separated {@code migrate.heads} ({@code 3f2a9c1b7d4e, 9e8d}); empty for null. */
    public static List<String> headsOf(String commaSeparated) {
        return commaSeparated == null ? List.of() : Arrays.asList(commaSeparated.split(","));
    }
}
