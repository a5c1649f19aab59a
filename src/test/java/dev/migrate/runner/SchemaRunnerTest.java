package dev.migrate.runner;

import dev.migrate.revision.RevisionDirectory;
import dev.migrate.revision.RevisionGraph;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.RecordingOutput;
import dev.migrate.testing.RevisionFiles;
import dev.migrate.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One {@link SchemaRunner} over a graph read once, run on several schemas of one database, each with its own version
 * and history tables: the entry point of a fleet.
 */
class SchemaRunnerTest {

    @TempDir
    Path dir;

    private TestDatabase db;

    @AfterEach
    void dropSchemas() {
        if (db != null) {
            db.close();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void oneGraphRunsOnEachSchemaWithoutReadingTheFilesAgain(DatabaseKind kind) throws Exception {
        db = TestDatabase.create(kind);
        RevisionFiles files = new RevisionFiles(dir.resolve("versions"));
        files.write("aaaa00000001", "", "Create users", "CREATE TABLE users (id int PRIMARY KEY);",
                "DROP TABLE users;");
        files.write("bbbb00000002", "aaaa00000001", "Create accounts", "CREATE TABLE accounts (id int PRIMARY KEY);",
                "DROP TABLE accounts;");
        RevisionGraph graph = new RevisionDirectory(files.directory()).graph();
        try (var listing = Files.list(files.directory())) {
            listing.forEach(file -> file.toFile().delete()); // the runner has all it needs in the graph
        }
        String first = db.createNamespace("tenant_a");
        String second = db.createNamespace("tenant_b");
        RecordingOutput out = new RecordingOutput();
        SchemaRunner runner = new SchemaRunner(graph, "migrations/versions", Duration.ofSeconds(20), out);

        RunResult a = runner.run(location(first), new Operation.Upgrade("head", Set.of()));
        RunResult b = runner.run(location(second), new Operation.Upgrade("aaaa00000001", Set.of()));

        assertEquals(Set.of(), a.from());
        assertEquals(Set.of("bbbb00000002"), a.to());
        assertEquals(List.of("aaaa00000001", "bbbb00000002"), a.revisions());
        assertFalse(a.time().isNegative() || a.time().isZero(), a.time()::toString);
        assertEquals(List.of("aaaa00000001"), b.revisions());
        assertEquals(List.of("bbbb00000002"), db.column("select version_num from " + first + ".migrate_version"));
        assertEquals(List.of("aaaa00000001"), db.column("select version_num from " + second + ".migrate_version"));
        assertEquals(List.of("0"), db.column("select count(*) from " + first + ".accounts"));
        assertEquals(List.of("0"), db.column("select count(*) from " + second + ".users"));

        RunResult again = runner.run(location(first), new Operation.Upgrade("head", Set.of()));
        RunResult down = runner.run(location(second), new Operation.Downgrade("base", Set.of()));
        RunResult stamp = runner.run(location(first), new Operation.Stamp("aaaa00000001", false));

        assertEquals(List.of(), again.revisions());
        assertEquals(Set.of("bbbb00000002"), again.from());
        assertEquals(Set.of("bbbb00000002"), again.to());
        assertEquals(List.of("aaaa00000001"), down.revisions());
        assertEquals(Set.of(), down.to());
        assertEquals(List.of(), db.column("select version_num from " + second + ".migrate_version"));
        assertEquals(Set.of("bbbb00000002"), stamp.from());
        assertEquals(Set.of("aaaa00000001"), stamp.to());
        assertEquals(List.of(), stamp.revisions());
        assertEquals(List.of("aaaa00000001"), db.column("select version_num from " + first + ".migrate_version"));
        assertTrue(out.lines().stream().anyMatch(l -> l.startsWith("[1/2] Running upgrade <base> -> aaaa00000001")),
                out.lines()::toString);
    }

    private SchemaLocation location(String schema) {
        return new SchemaLocation(db.settings(), schema, "migrate_version");
    }
}
