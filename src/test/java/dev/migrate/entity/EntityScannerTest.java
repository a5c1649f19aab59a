package dev.migrate.entity;

import dev.migrate.testing.EntityCompiler;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The entity scan reads class files itself; ClassGraph, a general bytecode scanner, is the reference it must agree
 * with, class for class and in the same order (the order Hibernate is given the classes in).
 */
class EntityScannerTest {

    private static final List<String> MAPPING = List.of("jakarta.persistence.Entity",
            "jakarta.persistence.Embeddable", "jakarta.persistence.MappedSuperclass", "jakarta.persistence.Converter");

    @TempDir
    Path dir;

    @Test
    void findsWhatClassGraphFindsInEveryScenario() {
        for (String scenario : List.of("catalog", "finance", "types")) {
            for (String version : List.of("v1", "v2")) {
                Path classes = EntityCompiler.compile(Path.of("src/test/resources/scenarios", scenario, version),
                        dir.resolve(scenario + version));
                assertEquals(classGraph(classes, List.of()), scan(classes, List.of()).classNames(),
                        scenario + "/" + version);
            }
        }
    }

    @Test
    void readsClassAnnotationsPastEveryKindOfConstantAndAnnotationValue() throws Exception {
        Path sources = dir.resolve("src");
        write(sources, "com/example/shop/Order.java", """
                package com.example.shop;

                import jakarta.persistence.*;

                @Entity
                @Table(name = "orders", indexes = {@Index(columnList = "placed"), @Index(columnList = "total", unique = true)},
                        uniqueConstraints = @UniqueConstraint(columnNames = {"number", "placed"}))
                @Inheritance(strategy = InheritanceType.JOINED)
                @IdClass(OrderKey.class)
                @NamedQuery(name = "big", query = "select o from Order o where o.total > 10",
                        lockMode = LockModeType.NONE, hints = @QueryHint(name = "h", value = "v"))
                class Order {
                    static final long BIG = 1L << 40;
                    static final double RATE = 2.5;
                    static final float SHARE = 0.25f;
                    static final String LABEL = "order";
                    @Id Long number;
                    @Id java.time.LocalDate placed;
                    @Column(precision = 10, scale = 2) java.math.BigDecimal total;
                    @Convert(converter = Money.class) Long cents;
                    java.util.function.Supplier<String> label = () -> LABEL + BIG + RATE + SHARE;

                    @Entity
                    public static class Line {
                        @Id Long id;
                        @Embedded Amount amount;
                    }
                }
                """);
        write(sources, "com/example/shop/OrderKey.java", """
                package com.example.shop;

                public class OrderKey implements java.io.Serializable {
                    Long number;
                    java.time.LocalDate placed;
                }
                """);
        write(sources, "com/example/shop/Amount.java", """
                package com.example.shop;

                @jakarta.persistence.Embeddable
                @Deprecated(since = "1", forRemoval = true)
                public record Amount(java.math.BigDecimal value, String currency) {
                }
                """);
        write(sources, "com/example/shop/Money.java", """
                package com.example.shop;

                @jakarta.persistence.Converter(autoApply = false)
                public class Money implements jakarta.persistence.AttributeConverter<Long, String> {
                    public String convertToDatabaseColumn(Long cents) { return cents == null ? null : cents + "c"; }
                    public Long convertToEntityAttribute(String s) { return s == null ? null : Long.valueOf(s.replace("c", "")); }
                }
                """);
        write(sources, "com/example/shop/Base.java", """
                package com.example.shop;

                @jakarta.persistence.MappedSuperclass
                public abstract class Base {
                    @jakarta.persistence.Version int version;
                }
                """);
        write(sources, "com/example/audit/Entry.java", """
                package com.example.audit;

                @jakarta.persistence.Entity
                @jakarta.persistence.EntityListeners({Listener.class})
                public class Entry extends com.example.shop.Base {
                    @jakarta.persistence.Id @jakarta.persistence.GeneratedValue Long id;
                    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING) Kind kind;
                    enum Kind { A, B }
                }
                """);
        write(sources, "com/example/audit/Listener.java", """
                package com.example.audit;

                public class Listener {
                    @jakarta.persistence.PrePersist void before(Object o) { }
                }
                """);
        write(sources, "com/example/shop/package-info.java", """
                @Deprecated
                package com.example.shop;
                """);
        Path classes = EntityCompiler.compile(sources, dir.resolve("classes"));

        assertEquals(List.of("com.example.audit.Entry", "com.example.shop.Order", "com.example.shop.Order$Line",
                "com.example.shop.Amount", "com.example.shop.Base", "com.example.shop.Money"),
                scan(classes, List.of()).classNames());
        assertEquals(classGraph(classes, List.of()), scan(classes, List.of()).classNames());
        assertEquals(classGraph(classes, List.of("com.example.shop")),
                scan(classes, List.of("com.example.shop")).classNames());
        assertEquals(List.of("com.example.audit.Entry"), scan(classes, List.of("com.example.audit")).classNames());
        assertEquals(List.of("com.example.shop.Order", "com.example.shop.Order$Line"),
                scan(classes, List.of("com.example.audit")).leftOut());
        assertEquals(List.of(), scan(classes, List.of()).leftOut());
    }

    @Test
    void aFileThatIsNotAClassIsReportedByName() throws Exception {
        Path classes = EntityCompiler.compile(Path.of("src/test/resources/scenarios/catalog/v1"),
                dir.resolve("classes"));
        Path broken = classes.resolve("Broken.class");
        Files.write(broken, new byte[] {(byte) 0xCA, (byte) 0xFE, 0, 1});

        EntityException e = assertThrows(EntityException.class, () -> scan(classes, List.of()));

        assertEquals("Cannot read the compiled class " + broken + ": not a class file. Rebuild the project "
                + "('mvn clean compile').", e.getMessage());
    }

    private static EntityClasses scan(Path classes, List<String> packages) {
        return EntityScanner.scan(new EntitySettings(classes, List.of(classes), packages, null, Map.of()));
    }

    /** What the scan found when it used ClassGraph: for each annotation in turn, its classes in name order. */
    private static List<String> classGraph(Path classes, List<String> packages) {
        ClassGraph graph = new ClassGraph().overrideClasspath(classes.toString()).enableAnnotationInfo()
                .ignoreClassVisibility();
        if (!packages.isEmpty()) {
            graph.acceptPackages(packages.toArray(String[]::new));
        }
        List<String> names = new ArrayList<>();
        try (ScanResult result = graph.scan()) {
            for (String annotation : MAPPING) {
                result.getClassesWithAnnotation(annotation).getNames().stream().filter(n -> !names.contains(n))
                        .forEach(names::add);
            }
        }
        return names;
    }

    private static void write(Path sources, String file, String text) throws Exception {
        Path path = sources.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }
}
