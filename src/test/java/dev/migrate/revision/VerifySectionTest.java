package dev.migrate.revision;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The optional {@code -- migrate:verify} section: parsed, kept by the cache, and no part of the other sections. */
class VerifySectionTest {

    private static final String HEADER = "-- Create users\n--\n-- Revision ID: 1a2b3c4d5e6f\n-- Revises:\n\n";
    private static final String UPGRADE = "-- migrate:upgrade\nCREATE TABLE users (id INT);\n\n";
    private static final String DOWNGRADE = "-- migrate:downgrade\nDROP TABLE users;\n";
    private static final String VERIFY = "-- migrate:verify\nSELECT COUNT(*) = 0 FROM users;\n\n";

    @TempDir
    Path dir;

    @Test
    void verifySectionIsParsedWithItsLineAndLeavesTheOtherChecksumsAlone() {
        Revision without = RevisionFileParser.parse(Path.of("r.sql"), HEADER + UPGRADE + DOWNGRADE);
        Revision with = RevisionFileParser.parse(Path.of("r.sql"), HEADER + UPGRADE + VERIFY + DOWNGRADE);

        assertTrue(without.verify().isEmpty());
        Section verify = with.verify().orElseThrow();
        assertEquals("verify", verify.name());
        assertEquals(10, verify.firstLine());
        assertEquals(List.of(new Statement("SELECT COUNT(*) = 0 FROM users", 10)),
                verify.statements(SqlFlavor.H2));
        assertEquals(without.upgrade().checksum(), with.upgrade().checksum());
        assertEquals(without.downgrade().orElseThrow().checksum(), with.downgrade().orElseThrow().checksum());
    }

    @Test
    void aSecondVerifySectionIsRefused() {
        RevisionException e = assertThrows(RevisionException.class, () -> RevisionFileParser.parse(Path.of("r.sql"),
                HEADER + UPGRADE + VERIFY + VERIFY + DOWNGRADE));
        assertEquals("r.sql:12: a second '-- migrate:verify' section; a revision has one upgrade and one downgrade "
                + "section and at most one verify section", e.getMessage());
    }

    @Test
    void theCacheKeepsTheVerifySection() throws Exception {
        Files.writeString(dir.resolve("20261101_090000_1a2b3c4d5e6f_create_users.sql"),
                HEADER + UPGRADE + VERIFY + DOWNGRADE);
        Path cache = dir.resolve("cache");
        new RevisionDirectory(dir, cache).graph(); // parses and saves
        assertTrue(Files.exists(cache.resolve(RevisionCache.FILE)));

        Revision cached = new RevisionDirectory(dir, cache).load().get(0);

        assertEquals("SELECT COUNT(*) = 0 FROM users;", cached.verify().orElseThrow().text().strip());
        assertEquals(10, cached.verify().orElseThrow().firstLine());
    }
}
