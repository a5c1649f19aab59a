package dev.migrate.revision;

import java.nio.charset.StandardCharsets;
import dev.migrate.Digests;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * The SQL under one {@code -- migrate:upgrade} or {@code -- migrate:downgrade} marker: its name ({@code upgrade} or
 * {@code downgrade}), the raw text after the marker line up to the next marker, the file line of its first line, false
 * for {@code transaction=false}, and the file (for messages). Its checksum is computed once, on first use (parsing
 * threads compute the upgrade checksums ahead).
 */
public final class Section {

    /** One digest per thread: looking the algorithm up costs more than hashing a small section. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(Digests::newSha256);

    private final String name;
    private final String text;
    private final int firstLine;
    private final boolean transactional;
    private final String source;
    private volatile String checksum;
    private volatile Split split;

    public Section(String name, String text, int firstLine, boolean transactional, String source) {
        this(name, text, firstLine, transactional, source, null);
    }

    /** A section whose checksum is already known ({@link RevisionCache}). */
    Section(String name, String text, int firstLine, boolean transactional, String source, String checksum) {
        this.name = Objects.requireNonNull(name);
        this.text = Objects.requireNonNull(text);
        this.firstLine = firstLine;
        this.transactional = transactional;
        this.source = source;
        this.checksum = checksum;
    }

    /** {@code upgrade} or {@code downgrade}, as its marker says. */
    public String name() {
        return name;
    }

    public String text() {
        return text;
    }

    public int firstLine() {
        return firstLine;
    }

    public boolean transactional() {
        return transactional;
    }

    public String source() {
        return source;
    }

    /**
     * The statements, split for {@code flavor}; the last split is kept, as a run splits for one database.
     *
     * @throws RevisionException when the SQL cannot be split, or holds what the plugin cannot run as written
     *                           (a client command, transaction control in a transactional section, a MariaDB
     *                           compound statement without {@code DELIMITER})
     */
    public List<Statement> statements(SqlFlavor flavor) {
        Split last = split;
        if (last == null || last.flavor() != flavor) {
            last = new Split(flavor, StatementSplitter.split(this, flavor));
            split = last;
        }
        return last.statements();
    }

    private record Split(SqlFlavor flavor, List<Statement> statements) {
    }

    /** True when the section holds no statement (only comments and blank lines). */
    public boolean isEmpty() {
        return StatementSplitter.split(text, firstLine, SqlFlavor.POSTGRESQL, source).isEmpty();
    }

    /**
     * SHA-256 of the section's text as {@link ChecksumText} normalises it: indentation, trailing whitespace, blank
     * lines, line-ending style and the width of a run of spaces inside a line do not count; quoted text, comments
     * and line breaks do. The history table stores it for the section that ran.
     */
    public String checksum() {
        String known = checksum;
        if (known == null) {
            known = digest(ChecksumText.of(text));
            checksum = known;
        }
        return known;
    }

    /**
     * The checksum earlier versions of the plugin stored: of the whole text with line endings normalised and
     * surrounding blank lines removed. A recorded checksum equal to it is no edit either, so existing history rows
     * stay valid.
     */
    public String legacyChecksum() {
        return digest(text.replace("\r\n", "\n").replace('\r', '\n').strip());
    }

    /** Whether {@code recorded} (from the history table) is this section's checksum, as now or as stored before. */
    public boolean hasChecksum(String recorded) {
        return checksum().equals(recorded) || legacyChecksum().equals(recorded);
    }

    /** The checksum when it has been computed (or read from the cache), else null. */
    String knownChecksum() {
        return checksum;
    }

    private static String digest(String normalised) {
        return HexFormat.of().formatHex(SHA_256.get().digest(normalised.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Section that && name.equals(that.name) && text.equals(that.text)
                && firstLine == that.firstLine
                && transactional == that.transactional && Objects.equals(source, that.source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, text, firstLine, transactional, source);
    }

    @Override
    public String toString() {
        return "Section[" + name + ", " + source + ":" + firstLine + (transactional ? "" : ", transaction=false") + "]";
    }
}
