package dev.migrate.command;

import dev.migrate.entity.EntitySettings;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.EntityCompiler;
import dev.migrate.testing.ErrorCatalogDoc;
import dev.migrate.testing.RecordingOutput;
import dev.migrate.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The errors of docs/errors.md that come from the entities, as Hibernate's own JVM reports them: a mapping Hibernate
 * refuses, and code of the project that ends that JVM. Nothing is written and the database is as it was.
 */
class EntityErrorsTest {

    private static final String CUSTOMER = "package app;\n\nimport jakarta.persistence.*;\nimport java.util.List;\n\n"
            + "@Entity\npublic class Customer {\n    @Id Long id;\n    String name;\n%s}\n";
    private static final String ORDER = "package app;\n\nimport jakarta.persistence.*;\n\n"
            + "@Entity @Table(name = \"orders\")\npublic class Order {\n    @Id Long id;\n}\n";

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

    private RevisionCommand revision(String customerBody, String namingStrategy, String... extraSources)
            throws IOException {
        return revisionCompiledTo("classes", customerBody, namingStrategy, extraSources);
    }

    private RevisionCommand revisionCompiledTo(String classesFolder, String customerBody, String namingStrategy,
                                               String... extraSources) throws IOException {
        db = TestDatabase.create(DatabaseKind.H2);
        Path sources = dir.resolve("src/app");
        Files.createDirectories(sources);
        Files.writeString(sources.resolve("Customer.java"), String.format(CUSTOMER, customerBody));
        Files.writeString(sources.resolve("Order.java"), ORDER);
        for (int i = 0; i < extraSources.length; i += 2) {
            Files.writeString(sources.resolve(extraSources[i]), extraSources[i + 1]);
        }
        Path classes = EntityCompiler.compile(dir.resolve("src"), dir.resolve(classesFolder));
        MigrateSettings settings = new MigrateSettings(db.settings(), dir.resolve("migrations/versions"), null,
                null, Duration.ofSeconds(5));
        return new RevisionCommand(settings, new EntityOptions(EntityCompiler.settings(classes, namingStrategy),
                List.of()), out);
    }

    private static RevisionOptions init() {
        return new RevisionOptions("init", true, null, null, null, null);
    }

    private void assertRefused(String id, String expected, RevisionCommand command) {
        ErrorCatalogDoc.assertRefused(id, expected, () -> command.run(init()), db::tables, m -> m);
        assertTrue(Files.notExists(dir.resolve("migrations/versions"))
                || dir.resolve("migrations/versions").toFile().list().length == 0, "a revision was written");
    }

    @Test
    void aMappingHibernateRefusesIsReportedWithHibernatesReason() throws IOException {
        assertRefused("entity-mapping-failure", "Hibernate cannot build the mapping of the entities: "
                + "AnnotationException: Collection 'app.Customer.orders' is 'mappedBy' a property named 'customer' "
                + "which does not exist in the target entity 'app.Order'\nFix the mapping; 'mvn compile' passing is "
                + "not enough, Hibernate checks the annotations too.",
                revision("    @OneToMany(mappedBy = \"customer\") List<Order> orders;\n", "jpa"));
    }

    @Test
    void projectCodeThatEndsHibernatesJvmIsReportedWithItsExitCode() throws IOException {
        assertRefused("hibernate-jvm-ended", "Hibernate's JVM ended before it wrote the script (exit code 3); "
                + "its messages, if any, are above.", revision("", "app.Leaving", "Leaving.java",
                "package app;\n\npublic class Leaving extends "
                        + "org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl {\n"
                        + "    static {\n        System.out.println(\"leaving\");\n"
                        + "        Runtime.getRuntime().halt(3);\n    }\n}\n"));
    }

    /** An entity outside migrate.packages is named, so a table that never appears has an explanation. */
    @Test
    void anEntityOutsideThePackagesIsNamedInAWarning() throws IOException {
        revision("", "jpa");
        Path sources = dir.resolve("src/other");
        Files.createDirectories(sources);
        Files.writeString(sources.resolve("Audit.java"), "package other;\n\n@jakarta.persistence.Entity\n"
                + "public class Audit {\n    @jakarta.persistence.Id Long id;\n}\n");
        Path classes = EntityCompiler.compile(dir.resolve("src"), dir.resolve("classes"));
        EntitySettings all = EntityCompiler.settings(classes, "jpa");
        EntitySettings onlyApp = new EntitySettings(all.classesDirectory(), all.classpath(), all.bundledHibernate(),
                List.of("app"), "jpa", Map.of());
        MigrateSettings settings = new MigrateSettings(db.settings(), dir.resolve("migrations/versions"), null,
                null, Duration.ofSeconds(5));

        Path file = new RevisionCommand(settings, new EntityOptions(onlyApp, List.of()), out).run(init())
                .orElseThrow();

        assertTrue(out.lines().contains("WARN 1 @Entity class is outside migrate.packages and left out of the "
                + "comparison: other.Audit. Add their packages to migrate.packages if the database should have their "
                + "tables."), out.lines()::toString);
        assertTrue(!Files.readString(file).contains("audit"), Files.readString(file));
    }

    /** Hibernate's JVM gets its class path through an argument file, quoted: spaces and quotes pass. */
    @Test
    void aClassPathWithSpacesAndQuotesReachesHibernatesJvm() throws IOException {
        Path file = revisionCompiledTo("target dir/\"quoted\" classes", "", "jpa").run(init()).orElseThrow();
        assertTrue(Files.readString(file).contains("CREATE TABLE customer ("), Files.readString(file));
    }

    /** What the project's code prints to standard output does not disturb the script's channel. */
    @Test
    void whatTheProjectsCodePrintsDoesNotDisturbTheScript() throws IOException {
        RevisionCommand command = revision("", "app.Chatty", "Chatty.java", "package app;\n\npublic class Chatty "
                + "extends org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl {\n"
                + "    static {\n        System.out.print(\"\\u0000\\u0000\\u0000\\u0007chatty\");\n"
                + "        System.out.flush();\n    }\n}\n");
        Path file = command.run(init()).orElseThrow();
        String text = Files.readString(file);
        assertTrue(text.contains("CREATE TABLE customer ("), text);
        assertTrue(text.contains("CREATE TABLE orders ("), text);
    }
}
