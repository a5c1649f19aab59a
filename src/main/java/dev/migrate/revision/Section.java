package dev.migrate.revision;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The SQL under one {@code -- migrate:upgrade} or {@code -- migrate:downgrade} marker.
 *
 * @param text          the raw text after the marker line, up to the next marker
 * @param firstLine     the file line of the first line of {@code text}
 * @param transactional false when the marker says {@code transaction=false}
 * @param source        the file, for messages
 */
public record Section(String text, int firstLine, boolean transactional, String source) {

    public List<Statement> statements(SqlFlavor flavor) {
        return StatementSplitter.split(text, firstLine, flavor, source);
    }

    /** True when the section holds no statement (only comments and blank lines). */
    public boolean isEmpty() {
        return statements(SqlFlavor.POSTGRESQL).isEmpty();
    }

    /**
     * SHA-256 of the section's text with line endings normalised and surrounding blank lines removed, so that a
     * checkout with CRLF line endings is not taken for an edit.
     */
    public String checksum() {
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n').strip();
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
