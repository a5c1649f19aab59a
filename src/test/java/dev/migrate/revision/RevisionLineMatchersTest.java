package dev.migrate.revision;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The parser's line matchers against the regular expressions that specify them (written out here, so that a change
 * of the parser's expressions shows): for every line, both must agree on whether it matches and on what they capture.
 */
class RevisionLineMatchersTest {

    private static final Pattern KEY_LINE = Pattern.compile("--\\s*([A-Za-z][A-Za-z ]*?)\\s*:(.*)");
    private static final Pattern MARKER = Pattern.compile("--\\s*migrate:(\\S*)(.*)");

    private static final List<String> LINES = List.of(
            "-- Revision ID: 3f2a9c1b7d4e", "--Revision ID:3f2a", "-- Revision ID : 3f2a", "--\tRevises:\t",
            "-- Revises:", "-- Revision  ID  \t: x", "-- Revision\tID: x", "-- Create Date: 2026-11-25 10:30:00Z",
            "-- Branch Labels: a, b", "-- 1st: no", "--: empty key", "-- : empty key", "-- key", "--", "-",
            "", "- - Revises: x", "-- Revises: a\u2028b", "-- Revises: a\u0085", "-- Note: see http://x:8080/y",
            "-- Key-with-dash: x", "-- Revises x: y", "-- Rev\u00e9: x", "-- migrate:upgrade",
            "--migrate:downgrade", "-- migrate:upgrade transaction=false", "-- migrate:upgrade\ttransaction=false ",
            "-- migrate:", "-- migrate: upgrade", "--  migrate:Upgrade  x  y", "-- migrate :upgrade",
            "-- migrate:up\u2029", "-- migrates:upgrade", "-- \u000Bmigrate:upgrade", "-- \u00a0migrate:upgrade",
            "SELECT 1; -- migrate:upgrade", "-- migrate:upgrade:x=y");

    @Test
    void keyLineAgreesWithItsRegularExpression() {
        for (String line : LINES) {
            assertEquals(groups(KEY_LINE.matcher(line)), captured(RevisionFileParser.keyLine(line)), line);
        }
    }

    @Test
    void markerAgreesWithItsRegularExpression() {
        for (String line : LINES) {
            assertEquals(groups(MARKER.matcher(line)), captured(RevisionFileParser.marker(line)), line);
        }
    }

    @Test
    void revisionIdAgreesWithItsRegularExpression() {
        for (String id : List.of("3f2a9c1b7d4e", "a", "A_9", "", "x".repeat(32), "x".repeat(33), "ab-cd", "ab cd",
                "\u00e9t\u00e9", "12345678901234567890123456789012", "_")) {
            assertEquals(RevisionFileParser.REVISION_ID_PATTERN.matcher(id).matches(),
                    RevisionFileParser.isRevisionId(id), id);
        }
    }

    private static List<String> groups(Matcher matcher) {
        return matcher.matches() ? List.of(matcher.group(1), matcher.group(2)) : null;
    }

    private static List<String> captured(String[] parts) {
        return parts == null ? null : Arrays.asList(parts);
    }
}
