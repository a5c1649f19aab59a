package dev.migrate.revision;

import dev.migrate.testing.RevisionFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Parsed revision files kept between runs: used only for unchanged bytes, never trusted when damaged. */
class RevisionCacheTest {

    @TempDir
    Path dir;

    private List<Path> files() throws IOException {
        try (var list = Files.list(dir.resolve("versions"))) {
            return list.sorted().toList();
        }
    }

    /** One run: every file through a freshly loaded cache, which is then saved; returns how many were parsed. */
    private int run(List<Revision> into) throws IOException {
        RevisionCache cache = RevisionCache.load(dir.resolve("target/migrate"));
        into.clear();
        for (Path file : files()) {
            into.add(cache.parse(file, Files.readAllBytes(file)));
        }
        cache.save(files());
        return cache.parsedCount();
    }

    @Test
    void unchangedFilesAreNotParsedAgainAndReadBackEqual() throws IOException {
        RevisionFiles files = new RevisionFiles(dir.resolve("versions"));
        files.write("aaaa00000001", "", "Create users", "CREATE TABLE users (id INT);", "DROP TABLE users;");
        files.writeRaw("bbbb00000002", "-- Accounts\n--\n-- Revision ID: bbbb00000002\n-- Revises: aaaa00000001\n"
                + "-- Branch Labels: accounts\n-- Depends On: aaaa00000001\n\n-- migrate:upgrade transaction=false\n"
                + "CREATE INDEX CONCURRENTLY ix ON users (id);\n");
        List<Revision> first = new ArrayList<>();
        List<Revision> second = new ArrayList<>();

        assertEquals(2, run(first));
        assertEquals(0, run(second));

        assertEquals(first, second);
        List<Revision> parsed = files().stream().map(RevisionFileParser::parse).toList();
        assertEquals(parsed, second);
        assertEquals(parsed.get(0).upgrade().checksum(), second.get(0).upgrade().checksum());
        assertEquals(List.of("accounts"), second.get(1).branchLabels());
        assertEquals(false, second.get(1).upgrade().transactional());
    }

    @Test
    void anEditedFileIsParsedAgainEvenWithTheSameLength() throws IOException {
        RevisionFiles files = new RevisionFiles(dir.resolve("versions"));
        Path file = files.write("aaaa00000001", "", "Create users", "CREATE TABLE users (id INT);", "DROP TABLE users;");
        List<Revision> revisions = new ArrayList<>();
        run(revisions);

        Files.writeString(file, Files.readString(file).replace("users (id INT)", "people(id INT)"));

        assertEquals(1, run(revisions));
        assertEquals("CREATE TABLE people(id INT);", revisions.get(0).upgrade().statements(SqlFlavor.POSTGRESQL)
                .get(0).sql() + ";");
        assertEquals(0, run(revisions));
    }

    @Test
    void aDamagedCacheFileIsIgnoredAndABrokenRevisionFileIsStillReported() throws IOException {
        RevisionFiles files = new RevisionFiles(dir.resolve("versions"));
        files.write("aaaa00000001", "", "Create users", "CREATE TABLE users (id INT);", "DROP TABLE users;");
        List<Revision> revisions = new ArrayList<>();
        run(revisions);
        Path cacheFile = dir.resolve("target/migrate").resolve(RevisionCache.FILE);
        byte[] bytes = Files.readAllBytes(cacheFile);
        Files.write(cacheFile, Arrays.copyOf(bytes, bytes.length - 7));

        assertEquals(1, run(revisions));
        assertEquals(0, run(revisions));

        files.writeRaw("bbbb00000002", "-- Broken\n--\n-- Revises: aaaa00000001\n\n-- migrate:upgrade\nSELECT 1;\n");
        RevisionDirectory directory = new RevisionDirectory(dir.resolve("versions"), dir.resolve("target/migrate"));
        MalformedRevisionException e = assertThrows(MalformedRevisionException.class, directory::load);
        assertEquals(DisplayPaths.of(files().get(1)) + ": missing '-- Revision ID:' header line; a revision file "
                + "starts with its message, then '-- Revision ID: <id>' and '-- Revises: <parent id or empty>'",
                e.getMessage());
    }
}
