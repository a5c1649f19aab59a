package dev.migrate.command;

import dev.migrate.MigrateException;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.EntityCompiler;
import dev.migrate.testing.ErrorCatalogDoc;
import dev.migrate.testing.RecordingOutput;
import dev.migrate.testing.RevisionFiles;
import dev.migrate.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The model comparison at the end of {@code migrate:verify}: the entities against the schema the revisions build. */
class VerifyModelTest {

    private static final String CUSTOMER = "package app;\n\nimport jakarta.persistence.*;\n\n"
            + "@Entity\npublic class Customer {\n    @Id Long id;\n    String name;\n%s}\n";

    @TempDir
    Path dir;
    private TestDatabase db;
    private final RecordingOutput out = new RecordingOutput();

    @AfterEach
    void drop() {
        if (db != null) {
            db.close();
        }
    }

    private VerifyCommand verify(String customerBody, boolean entity) throws Exception {
        db = TestDatabase.create(DatabaseKind.H2);
        Path sources = dir.resolve("src/app");
        Files.createDirectories(sources);
        Files.writeString(sources.resolve("Customer.java"), entity ? String.format(CUSTOMER, customerBody)
                : "package app;\n\npublic class Customer {\n}\n");
        Path classes = EntityCompiler.compile(dir.resolve("src"), dir.resolve("classes"));
        new RevisionFiles(dir.resolve("versions")).write("aaaa00000001", "", "Create customer",
                "CREATE TABLE Customer (id BIGINT NOT NULL, name VARCHAR(255), PRIMARY KEY (id));",
                "DROP TABLE Customer;");
        return new VerifyCommand(new MigrateSettings(db.settings(), dir.resolve("versions"), null, null,
                Duration.ofSeconds(20)), new VerifyOptions(null, null, null),
                new EntityOptions(EntityCompiler.settings(classes, "jpa"), List.of()), out);
    }

    @Test
    void entitiesThatMatchTheRevisionsPass() throws Exception {
        verify("", true).run();
        assertTrue(out.lines().contains("Model matches: at head, the schema the revisions build equals the "
                + "entities'."), String.join("\n", out.lines()));
    }

    @Test
    void anEntityChangeWithoutARevisionFails() throws Exception {
        VerifyCommand command = verify("    String email;\n", true);
        MigrateException e = assertThrows(VerifyFailedException.class, command::run);
        assertEquals("At head, the entities and the schema the revisions build differ (1 change):\n"
                + "  - added column CUSTOMER.EMAIL\n"
                + "Write a revision for them with 'mvn migrate:revision -Dmigrate.message=\"...\"', review it, and "
                + "commit it with the entity changes.", e.getMessage());
        ErrorCatalogDoc.assertDocumented("verify-model-differs", e.getMessage());
    }

    @Test
    void aProjectWithoutEntitiesIsSkippedWithANote() throws Exception {
        verify("", false).run();
        assertTrue(out.lines().contains("Model matches: skipped, the project has no @Entity classes."),
                String.join("\n", out.lines()));
    }
}
