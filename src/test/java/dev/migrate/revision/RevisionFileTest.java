package dev.migrate.revision;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Revision files: what the writer writes, what the parser reads back, and the header errors. */
class RevisionFileTest {

    private static final Path FILE = Path.of("versions", "r.sql");

    @TempDir
    Path dir;

    @Test
    void writerWritesTheDesignedFileAndTheParserReadsItBack() throws Exception {
        NewRevision created = new NewRevision("3f2a9c1b7d4e", List.of("1a2b3c4d5e6f"),
                "Add investment balance points table", Instant.parse("2026-11-25T10:30:00Z"), List.of(), List.of(),
                "CREATE TABLE investment_balance_points (id BIGINT PRIMARY KEY);",
                "DROP TABLE investment_balance_points;");

        Path file = RevisionFileWriter.write(dir, created);

        assertEquals("20261125_103000_3f2a9c1b7d4e_add_investment_balance_points_table.sql",
                file.getFileName().toString());
        assertEquals("""
                -- Add investment balance points table
                --
                -- Revision ID: 3f2a9c1b7d4e
                -- Revises: 1a2b3c4d5e6f
                -- Create Date: 2026-11-25 10:30:00Z

                -- migrate:upgrade
                CREATE TABLE investment_balance_points (id BIGINT PRIMARY KEY);

                -- migrate:downgrade
                DROP TABLE investment_balance_points;
                """, Files.readString(file));
        Revision read = RevisionFileParser.parse(file);
        assertEquals("3f2a9c1b7d4e", read.id());
        assertEquals(List.of("1a2b3c4d5e6f"), read.parents());
        assertEquals("Add investment balance points table", read.message());
        assertEquals("2026-11-25 10:30:00Z", read.createDate());
        assertEquals(8, read.upgrade().firstLine());
        assertEquals(8, read.upgrade().statements(SqlFlavor.POSTGRESQL).get(0).line());
        assertEquals(11, read.downgrade().orElseThrow().statements(SqlFlavor.POSTGRESQL).get(0).line());
    }

    @Test
    void mergeLabelsDependenciesAndSectionOptions() {
        Revision r = RevisionFileParser.parse(FILE, """
                -- Merge heads
                -- and more words
                --
                -- Revision ID: m1
                -- Revises: a1, b2
                -- Branch Labels: release-2, hotfix
                -- Depends On: c3
                -- Create Date: 2026-11-25 10:30:00Z

                -- migrate:upgrade transaction=false
                CREATE INDEX CONCURRENTLY i ON t (c);
                -- migrate:downgrade
                """);

        assertEquals("Merge heads and more words", r.message());
        assertEquals(List.of("a1", "b2"), r.parents());
        assertTrue(r.isMergePoint());
        assertEquals(List.of("release-2", "hotfix"), r.branchLabels());
        assertEquals(List.of("c3"), r.dependsOn());
        assertFalse(r.upgrade().transactional());
        assertTrue(r.downgrade().orElseThrow().isEmpty());
    }

    @Test
    void aBaseHasAnEmptyRevisesLine() {
        Revision r = RevisionFileParser.parse(FILE, "-- First\n-- Revision ID: a1\n-- Revises:\n-- migrate:upgrade\n");

        assertTrue(r.isBase());
        assertTrue(r.downgrade().isEmpty());
    }

    @Test
    void lineEndingsDoNotChangeTheChecksumButAnEditDoes() {
        String unix = "-- M\n-- Revision ID: a1\n-- Revises:\n\n-- migrate:upgrade\nCREATE TABLE t (id INT);\n";
        Revision lf = RevisionFileParser.parse(FILE, unix);
        Revision crlf = RevisionFileParser.parse(FILE, unix.replace("\n", "\r\n"));
        Revision edited = RevisionFileParser.parse(FILE, unix.replace("INT", "BIGINT"));

        assertEquals(lf.upgrade().checksum(), crlf.upgrade().checksum());
        assertNotEquals(lf.upgrade().checksum(), edited.upgrade().checksum());
        assertEquals(64, lf.upgrade().checksum().length());
    }

    @Test
    void aByteOrderMarkIsIgnored() throws Exception {
        Path file = dir.resolve("bom.sql");
        Files.write(file, ("\uFEFF-- M\n-- Revision ID: a1\n-- Revises:\n-- migrate:upgrade\n")
                .getBytes(StandardCharsets.UTF_8));

        assertEquals("a1", RevisionFileParser.parse(file).id());
    }

    private static String error(String text) {
        return assertThrows(MalformedRevisionException.class, () -> RevisionFileParser.parse(FILE, text))
                .getMessage();
    }

    @Test
    void headerErrorsNameTheLineAndTheFix() {
        assertEquals("versions/r.sql: missing '-- Revision ID:' header line; a revision file starts with its message, "
                + "then '-- Revision ID: <id>' and '-- Revises: <parent id or empty>'",
                error("-- M\n-- Revises:\n-- migrate:upgrade\n"));
        assertEquals("versions/r.sql:2: revision id 'a-1' is not valid; use 1 to 32 letters, digits or underscores",
                error("-- M\n-- Revision ID: a-1\n-- Revises:\n-- migrate:upgrade\n"));
        assertEquals("versions/r.sql:3: 'Revises:' appears twice in the header; keep one",
                error("-- Revision ID: a1\n-- Revises:\n-- Revises: b\n-- migrate:upgrade\n"));
        assertEquals("versions/r.sql:3: unknown header 'Revisse:'; did you mean 'Revises:'?",
                error("-- M\n-- Revision ID: a1\n-- Revisse: b\n-- migrate:upgrade\n"));
        assertEquals("versions/r.sql:3: revision a1 revises itself; name its parent revision instead, or leave "
                + "'Revises:' empty for the first revision",
                error("-- M\n-- Revision ID: a1\n-- Revises: a1\n-- migrate:upgrade\n"));
        assertEquals("versions/r.sql:3: 'Revises:' names 'a b', which is not a revision id; separate ids with commas",
                error("-- M\n-- Revision ID: a1\n-- Revises: a b\n-- migrate:upgrade\n"));
        assertEquals("versions/r.sql:3: SQL before the '-- migrate:upgrade' marker; statements belong under "
                + "'-- migrate:upgrade' or '-- migrate:downgrade'",
                error("-- Revision ID: a1\n-- Revises:\nDROP TABLE t;\n-- migrate:upgrade\n"));
    }

    @Test
    void sectionErrorsNameTheMarker() {
        assertEquals("versions/r.sql: has no '-- migrate:upgrade' section; add the marker line '-- migrate:upgrade' "
                + "followed by the SQL to apply (and '-- migrate:downgrade' with the SQL that reverts it)",
                error("-- M\n-- Revision ID: a1\n-- Revises:\n"));
        assertEquals("versions/r.sql:4: unknown section marker '-- migrate:upgrad'; expected '-- migrate:upgrade' or "
                + "'-- migrate:downgrade'", error("-- M\n-- Revision ID: a1\n-- Revises:\n-- migrate:upgrad\n"));
        assertEquals("versions/r.sql:5: a second '-- migrate:upgrade' section; a revision has one upgrade and one "
                + "downgrade section",
                error("-- M\n-- Revision ID: a1\n-- Revises:\n-- migrate:upgrade\n-- migrate:upgrade\n"));
        assertEquals("versions/r.sql:4: unknown section option 'transaction=no'; the only option is "
                + "transaction=false (run the section outside a transaction)",
                error("-- M\n-- Revision ID: a1\n-- Revises:\n-- migrate:upgrade transaction=no\n"));
    }

    @Test
    void aFileThatIsNotUtf8NamesTheLineAndOffset() throws Exception {
        Path file = dir.resolve("latin1.sql");
        Files.write(file, "-- Caf\u00e9\n-- Revision ID: a1\n-- Revises:\n-- migrate:upgrade\n"
                .getBytes(StandardCharsets.ISO_8859_1));

        MalformedRevisionException e = assertThrows(MalformedRevisionException.class,
                () -> RevisionFileParser.parse(file));

        assertEquals(DisplayPaths.of(file) + ":1: is not valid UTF-8 (first bad byte 0xE9 at offset 6); save the file "
                + "as UTF-8 (for example with 'iconv -f WINDOWS-1252 -t UTF-8')", e.getMessage());
    }

    @Test
    void slugsAreLowerCaseWordsCutAtAWordBoundary() {
        assertEquals("add_investment_balance_points_table", RevisionFileWriter.slug("Add investment balance points table"));
        assertEquals("fix_users_email", RevisionFileWriter.slug("  Fix: users.email!  "));
    }

    @Test
    void linesSplitAtEveryKindOfLineEndAndKeepEmptyOnes() {
        assertEquals(List.of("a", "", "b", "c", ""), List.of(RevisionFileParser.lines("a\n\r\nb\rc\n")));
        assertEquals(List.of(""), List.of(RevisionFileParser.lines("")));
    }

    @Test
    void ofSeveralBrokenFilesTheFirstInFileOrderIsReported() throws Exception {
        for (int i = 1; i <= 40; i++) {
            Files.writeString(dir.resolve(String.format("2026%04d_r%d.sql", i, i)), i % 10 == 7
                    ? "-- Broken " + i + "\n-- Revision ID: r" + i + "\n"
                    : "-- Fine\n-- Revision ID: r" + i + "\n-- Revises:\n-- migrate:upgrade\n");
        }

        MalformedRevisionException e = assertThrows(MalformedRevisionException.class,
                () -> new RevisionDirectory(dir).load());

        assertTrue(e.getMessage().startsWith(DisplayPaths.of(dir.resolve("20260007_r7.sql")) + ": missing '-- Revises:'"),
                e.getMessage());
    }
}
