package dev.migrate.command;

import dev.migrate.revision.DisplayPaths;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.EntityCompiler;
import dev.migrate.testing.RecordingOutput;
import dev.migrate.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code revision} lints the file it wrote and prints the findings, without failing. */
class RevisionLintTest {

    @TempDir
    Path dir;
    private final RecordingOutput out = new RecordingOutput();

    private EntityOptions entities(String version, String... fields) throws IOException {
        Path sources = dir.resolve("src-" + version + "/app");
        Files.createDirectories(sources);
        StringBuilder body = new StringBuilder();
        for (String field : fields) {
            body.append("    private String ").append(field).append(";\n");
        }
        Files.writeString(sources.resolve("Customer.java"), "package app;\n\n@jakarta.persistence.Entity\n"
                + "public class Customer {\n    @jakarta.persistence.Id\n    private Long id;\n" + body + "}\n");
        Path classes = EntityCompiler.compile(sources.getParent(), dir.resolve("classes-" + version));
        return new EntityOptions(EntityCompiler.settings(classes, "jpa"), List.of());
    }

    @Test
    void aRevisionThatDropsAColumnPrintsTheLintFindings() throws IOException {
        try (TestDatabase db = TestDatabase.create(DatabaseKind.POSTGRESQL)) {
            MigrateSettings settings = new MigrateSettings(db.settings(), dir.resolve("versions"), null, null,
                    Duration.ofSeconds(20));
            new RevisionCommand(settings, entities("v1", "name"), out).run(new RevisionOptions("customers", true,
                    null, null, null, null));
            assertEquals(List.of(), out.lines().stream().filter(l -> l.startsWith("WARN")).toList(),
                    "a new table is no hazard");
            new UpgradeCommand(settings, out).run("head", Set.of());
            out.clear();
            Path file = new RevisionCommand(settings, entities("v2"), out).run(new RevisionOptions("drop name", true,
                    null, "bbbb00000002", null, null)).orElseThrow();
            String shown = DisplayPaths.of(file);
            // the online form (the default) sets lock_timeout first, so only the dropped column is left to report
            assertEquals(List.of(
                    "WARN " + shown + ":11: warning [drop-column] DROP COLUMN `name` on `customer` destroys its data, "
                            + "and the application version still running fails on every query that names it.",
                    "WARN     safe form: stop reading and writing `name` in one release (JPA: @Transient or remove "
                            + "the field) and drop it in a later one",
                    "WARN Review the lint findings above before applying the revision (docs/lint.md); 'mvn "
                            + "migrate:lint' checks it again, sized by the live tables."),
                    out.lines().stream().filter(l -> l.startsWith("WARN")).toList());
        }
    }
}
