package dev.migrate.command;

import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.EntityCompiler;
import dev.migrate.testing.RecordingOutput;
import dev.migrate.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The desired-schema cache: a run with unchanged entities reuses the last run's desired schema and still reads the
 * live schema; changed classes, settings or a broken cache file mean Hibernate reads the entities again.
 */
class DesiredSchemaCacheTest {

    private static final String HIT = "Compared with the entities' schema of the last run (their classes, "
            + "dependencies and settings are unchanged; 'mvn clean' forgets it)";
    private static final String MISS = "Reading the entities with the plugin's Hibernate ORM";

    @TempDir
    Path dir;
    private TestDatabase db;
    private final RecordingOutput out = new RecordingOutput();

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    private MigrateSettings settings() {
        return new MigrateSettings(db.settings(), dir.resolve("versions"), null, null, Duration.ofSeconds(20),
                dir.resolve("target/migrate"));
    }

    private EntityOptions entities(String version, String naming, String... fields) throws IOException {
        Path sources = dir.resolve("src-" + version + "/app");
        Files.createDirectories(sources);
        StringBuilder body = new StringBuilder();
        for (String field : fields) {
            body.append("    private String ").append(field).append(";\n");
        }
        Files.writeString(sources.resolve("Customer.java"), "package app;\n\n@jakarta.persistence.Entity\n@jakarta.persistence.Table(name = \"customer\")\n"
                + "public class Customer {\n    @jakarta.persistence.Id\n    private Long id;\n" + body + "}\n");
        Path classes = EntityCompiler.compile(sources.getParent(), dir.resolve("classes-" + version));
        return new EntityOptions(EntityCompiler.settings(classes, naming), List.of());
    }

    private String table(String column) {
        return db.kind() == DatabaseKind.H2 ? "CUSTOMER." + column.toUpperCase() : "customer." + column;
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void unchangedEntitiesReuseTheLastRunsSchemaAndTheLiveSchemaIsStillRead(DatabaseKind kind) throws IOException {
        db = TestDatabase.create(kind);
        EntityOptions v1 = entities("v1", "jpa", "name");
        new RevisionCommand(settings(), v1, out).run(new RevisionOptions("customers", true, null, null, null, null));
        assertTrue(out.lines().stream().anyMatch(l -> l.startsWith(MISS)), () -> String.join("\n", out.lines()));
        new UpgradeCommand(settings(), out).run("head", Set.of());
        out.clear();

        new CheckCommand(settings(), v1, out).run();
        assertTrue(out.lines().contains(HIT), () -> String.join("\n", out.lines()));
        assertTrue(out.lines().stream().noneMatch(l -> l.startsWith(MISS)));

        db.execute("ALTER TABLE customer ADD COLUMN extra INT");
        out.clear();
        assertThrows(CheckCommand.DriftException.class, () -> new CheckCommand(settings(), v1, out).run());
        assertTrue(out.lines().contains(HIT));
        assertTrue(out.lines().contains("Detected removed column " + table("extra")),
                () -> String.join("\n", out.lines()));
    }

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = "POSTGRESQL")
    void changedClassesChangedSettingsAndABrokenFileReadTheEntitiesAgain(DatabaseKind kind) throws IOException {
        db = TestDatabase.create(kind);
        EntityOptions v1 = entities("v1", "jpa", "name");
        new RevisionCommand(settings(), v1, out).run(new RevisionOptions("customers", true, null, null, null, null));
        new UpgradeCommand(settings(), out).run("head", Set.of());

        EntityOptions v2 = entities("v2", "jpa", "name", "email");
        out.clear();
        assertThrows(CheckCommand.DriftException.class, () -> new CheckCommand(settings(), v2, out).run());
        assertTrue(out.lines().stream().anyMatch(l -> l.startsWith(MISS)), () -> String.join("\n", out.lines()));
        assertTrue(out.lines().contains("Detected added column " + table("email")));

        EntityOptions springNaming = new EntityOptions(EntityCompiler.settings(v1.entities().classesDirectory(),
                "spring"), List.of());
        out.clear();
        new CheckCommand(settings(), springNaming, out).run();
        assertTrue(out.lines().stream().anyMatch(l -> l.startsWith(MISS)), () -> String.join("\n", out.lines()));

        Path file = settings().cacheDirectory().resolve(DesiredSchemaCache.FILE);
        out.clear();
        new CheckCommand(settings(), springNaming, out).run();
        assertTrue(out.lines().contains(HIT), () -> String.join("\n", out.lines()));

        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 10));
        out.clear();
        new CheckCommand(settings(), springNaming, out).run();
        assertTrue(out.lines().stream().anyMatch(l -> l.startsWith(MISS)), () -> String.join("\n", out.lines()));

        Files.write(file, new byte[] {1, 2, 3});
        out.clear();
        new CheckCommand(settings(), springNaming, out).run();
        assertTrue(out.lines().stream().anyMatch(l -> l.startsWith(MISS)), () -> String.join("\n", out.lines()));
        assertEquals("No changes detected: the database matches the entities.", out.lines().get(out.lines().size() - 1));
    }
}
