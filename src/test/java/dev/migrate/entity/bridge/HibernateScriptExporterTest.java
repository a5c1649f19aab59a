package dev.migrate.entity.bridge;

import dev.migrate.testing.EntityCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hibernate's create script as the exporter writes it, in this JVM with the test class path's Hibernate 7: the same
 * DDL an application's SessionFactory writes (column order, Bean Validation), names as Spring Boot gives them, and
 * runtime-only settings that must not break it.
 */
class HibernateScriptExporterTest {

    @TempDir
    Path dir;

    @Test
    void compositeKeyOfAJoinTableIsOrderedAsTheSessionFactoryOrdersIt() throws Exception {
        String script = export(Map.of(
                "Vet.java", entity("Vet", """
                        @Id Long id;
                        @ManyToMany @JoinTable(name = "vet_specialties", joinColumns = @JoinColumn(name = "vet_id"),
                                inverseJoinColumns = @JoinColumn(name = "specialty_id"))
                        java.util.Set<Specialty> specialties;"""),
                "Specialty.java", entity("Specialty", "@Id Long id; String name;")), "jpa", Map.of());
        assertTrue(script.contains("create table vet_specialties (specialty_id bigint not null, vet_id bigint not null, "
                + "primary key (specialty_id, vet_id));"), script);
    }

    @Test
    void springNamingPutsAnUnderscoreBetweenADigitAndAWord() throws Exception {
        Map<String, String> sources = Map.of("AccountHolder.java", entity("AccountHolder", """
                @Id Long id; String line2Text; String ipv4Address; String oauth2Token; String fileV2;
                String displayName; String URLPath;"""));
        String expected = "create table account_holder (id bigint not null, display_name varchar(255), "
                + "file_v2 varchar(255), ipv4_address varchar(255), line2_text varchar(255), "
                + "oauth2_token varchar(255), urlpath varchar(255), primary key (id));";
        assertTrue(export(sources, "spring", Map.of()).contains(expected), expected);
        // this plugin's copy, which stands in for a Hibernate without a snake-case strategy, names alike
        assertTrue(export(sources, SpringPhysicalNamingStrategy.class.getName() + ","
                + SpringImplicitNamingStrategy.class.getName(), Map.of()).contains(expected), expected);
    }

    @Test
    void springPresetUsesTheProjectsHibernateStrategyWhenItHasOne() {
        ClassLoader loader = getClass().getClassLoader();
        assertEquals("org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl",
                NamingStrategies.firstPresent(NamingStrategies.SPRING_PHYSICAL, loader,
                        SpringPhysicalNamingStrategy.class));
        // no Spring Boot on the test class path: our copy of its implicit strategy
        assertEquals(SpringImplicitNamingStrategy.class.getName(),
                NamingStrategies.firstPresent(NamingStrategies.SPRING_IMPLICIT, loader,
                        SpringImplicitNamingStrategy.class));
    }

    @Test
    void beanValidationConstraintsReachTheColumnsAsInTheApplication() throws Exception {
        Map<String, String> sources = Map.of("Customer.java", entity("Customer", """
                @Id Long id;
                @jakarta.validation.constraints.NotNull String name;
                @jakarta.validation.constraints.Size(max = 40) String code;
                @jakarta.validation.constraints.NotBlank String email;"""));
        String validated = export(sources, "jpa", Map.of());
        assertTrue(validated.contains("create table Customer (id bigint not null, code varchar(40), "
                + "email varchar(255) not null, name varchar(255) not null, primary key (id));"), validated);
        String unvalidated = export(sources, "jpa", Map.of("jakarta.persistence.validation.mode", "none"));
        assertTrue(unvalidated.contains("create table Customer (id bigint not null, code varchar(255), "
                + "email varchar(255), name varchar(255), primary key (id));"), unvalidated);
    }

    @Test
    void cachingTransactionAndImportSettingsDoNotChangeOrBreakTheScript() throws Exception {
        Map<String, String> sources = Map.of("Country.java", """
                import jakarta.persistence.*;
                @Entity @org.hibernate.annotations.Cache(usage =
                        org.hibernate.annotations.CacheConcurrencyStrategy.READ_WRITE)
                @org.hibernate.annotations.BatchSize(size = 20)
                public class Country { @Id Long id; String name; }
                """);
        Files.createDirectories(dir.resolve("src"));
        Files.writeString(dir.resolve("src/import.sql"), "insert into country (id, name) values (1, 'x');\n");
        String plain = export(sources, "jpa", Map.of());
        String configured = export(sources, "jpa", Map.of(
                "hibernate.cache.use_second_level_cache", "true",
                "hibernate.cache.region.factory_class", "jcache",
                "hibernate.generate_statistics", "true",
                "hibernate.transaction.jta.platform", "org.example.NoSuchPlatform",
                "jakarta.persistence.transactionType", "JTA",
                "hibernate.hbm2ddl.auto", "update"));
        assertEquals(plain, configured);
        assertTrue(plain.contains("create table Country (id bigint not null, name varchar(255), primary key (id));"),
                plain);
        assertFalse(plain.contains("insert"), plain);
    }

    private String export(Map<String, String> sources, String naming, Map<String, String> properties)
            throws IOException, ClassNotFoundException {
        Path src = dir.resolve("src");
        Files.createDirectories(src);
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Files.writeString(src.resolve(source.getKey()), source.getValue());
        }
        Path classes = EntityCompiler.compile(src, dir.resolve("classes-" + System.nanoTime()));
        List<String> names = sources.keySet().stream().map(f -> f.replace(".java", "")).sorted().toList();
        Map<String, Object> settings = new HashMap<>(properties);
        settings.put("jakarta.persistence.database-product-name", "PostgreSQL");
        settings.put("jakarta.persistence.database-product-version", "16.0");
        settings.put("jakarta.persistence.database-major-version", "16");
        settings.put("jakarta.persistence.database-minor-version", "0");
        settings.put(NamingStrategies.SETTING, naming);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                getClass().getClassLoader())) {
            ClassLoader previous = Thread.currentThread().getContextClassLoader();
            Thread.currentThread().setContextClassLoader(loader);
            try {
                return Arrays.stream(HibernateScriptExporter.export(loader, names, List.of(), settings).split("\n"))
                        .map(String::strip).reduce("", (a, b) -> a + b + "\n");
            } finally {
                Thread.currentThread().setContextClassLoader(previous);
            }
        }
    }

    private static String entity(String name, String body) {
        return "import jakarta.persistence.*;\n@Entity public class " + name + " {\n" + body + "\n}\n";
    }
}
