package dev.migrate.entity;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Finds the mapped classes in the compiled classes by reading bytecode (no class is loaded), and honours
 * {@code META-INF/persistence.xml} and {@code META-INF/orm.xml} when present.
 */
public final class EntityScanner {

    private static final List<String> JAKARTA = List.of("jakarta.persistence.Entity", "jakarta.persistence.Embeddable",
            "jakarta.persistence.MappedSuperclass", "jakarta.persistence.Converter");
    private static final List<String> JAVAX = List.of("javax.persistence.Entity", "javax.persistence.Embeddable",
            "javax.persistence.MappedSuperclass");

    private EntityScanner() {
    }

    public static EntityClasses scan(EntitySettings settings) {
        Path classes = settings.classesDirectory();
        if (!Files.isDirectory(classes)) {
            throw new EntityException("The compiled classes directory " + classes + " does not exist. Compile the "
                    + "project first: 'mvn migrate:revision' compiles it when started from the command line; when "
                    + "the goal is bound to a phase, bind it after 'compile'.");
        }
        Map<String, Set<String>> all = annotatedClasses(classes);
        Map<String, Set<String>> annotated = new HashMap<>();
        all.forEach((annotation, names) -> {
            Set<String> kept = new TreeSet<>(names);
            kept.removeIf(name -> !inPackages(name, settings.packages()));
            if (!kept.isEmpty()) {
                annotated.put(annotation, kept);
            }
        });
        List<String> leftOut = all.getOrDefault(JAKARTA.get(0), Set.of()).stream()
                .filter(name -> !inPackages(name, settings.packages())).toList();
        Set<String> names = new LinkedHashSet<>();
        for (String annotation : JAKARTA) {
            names.addAll(annotated.getOrDefault(annotation, Set.of()));
        }
        boolean hasEntity = annotated.containsKey(JAKARTA.get(0));
        List<String> javax = new ArrayList<>();
        for (String annotation : JAVAX) {
            javax.addAll(annotated.getOrDefault(annotation, Set.of()));
        }
        if (!javax.isEmpty()) {
            throw new EntityException("Found classes mapped with javax.persistence, which Hibernate 6 and later "
                    + "ignore: " + LeftOut.names(javax) + ". Change their imports to "
                    + "jakarta.persistence (Jakarta Persistence 3).");
        }
        Map<String, String> properties = new LinkedHashMap<>();
        List<String> mappingFiles = new ArrayList<>();
        Path persistenceXml = classes.resolve("META-INF/persistence.xml");
        if (Files.isRegularFile(persistenceXml)) {
            hasEntity |= readPersistenceXml(persistenceXml, names, mappingFiles, properties);
        }
        if (Files.isRegularFile(classes.resolve("META-INF/orm.xml")) && !mappingFiles.contains("META-INF/orm.xml")) {
            mappingFiles.add("META-INF/orm.xml");
            hasEntity = true;
        }
        if (!hasEntity) {
            throw new EntityException("No @Entity classes found in " + classes
                    + (settings.packages().isEmpty() ? "" : " under the packages " + settings.packages())
                    + (leftOut.isEmpty() ? "" : " (outside them: " + LeftOut.names(leftOut) + ")")
                    + ". Check that the entities are compiled, that they use jakarta.persistence.Entity, and that "
                    + "migrate.packages names their packages. When the entities live in another module of a "
                    + "multi-module build, run the goal in that module.");
        }
        return new EntityClasses(List.copyOf(names), mappingFiles, properties, leftOut);
    }

    /** The classes under {@code classes} that carry one of the mapping annotations, by annotation, in name order. */
    private static Map<String, Set<String>> annotatedClasses(Path classes) {
        Map<String, Set<String>> annotated = new HashMap<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(EntityScanner::isClassFile).toList()) {
                ClassFileAnnotations read = read(file);
                for (String annotation : read.annotations()) {
                    if (JAKARTA.contains(annotation) || JAVAX.contains(annotation)) {
                        annotated.computeIfAbsent(annotation, a -> new TreeSet<>()).add(read.className());
                    }
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new EntityException("Cannot list the compiled classes in " + classes + ": " + e.getMessage());
        }
        return annotated;
    }

    private static boolean isClassFile(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".class") && !name.equals("module-info.class") && !name.equals("package-info.class")
                && Files.isRegularFile(file);
    }

    private static ClassFileAnnotations read(Path file) {
        try {
            return ClassFileAnnotations.read(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new EntityException("Cannot read the compiled class " + file + ": " + e.getMessage()
                    + ". Rebuild the project ('mvn clean compile').");
        }
    }

    private static boolean inPackages(String className, List<String> packages) {
        if (packages.isEmpty()) {
            return true;
        }
        for (String pkg : packages) {
            if (className.startsWith(pkg + ".")) {
                return true;
            }
        }
        return false;
    }

    /** Adds the persistence unit's classes, mapping files and properties; true when it names any class. */
    private static boolean readPersistenceXml(Path file, Set<String> names, List<String> mappingFiles,
                                              Map<String, String> properties) {
        Document document;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            document = factory.newDocumentBuilder().parse(file.toFile());
        } catch (Exception e) {
            throw new EntityException("Cannot read " + file + ": " + e.getMessage());
        }
        NodeList units = document.getElementsByTagNameNS("*", "persistence-unit");
        if (units.getLength() == 0) {
            return false;
        }
        Element unit = (Element) units.item(0);
        List<String> listed = texts(unit, "class");
        if ("true".equals(first(unit, "exclude-unlisted-classes"))) {
            names.retainAll(listed);
        }
        names.addAll(listed);
        mappingFiles.addAll(texts(unit, "mapping-file"));
        NodeList props = unit.getElementsByTagNameNS("*", "property");
        for (int i = 0; i < props.getLength(); i++) {
            Element property = (Element) props.item(i);
            String name = property.getAttribute("name");
            if (name.startsWith("hibernate.") && !name.startsWith("hibernate.connection")) {
                properties.put(name, property.getAttribute("value"));
            }
        }
        return !listed.isEmpty() || !mappingFiles.isEmpty();
    }

    private static List<String> texts(Element parent, String tag) {
        List<String> values = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagNameNS("*", tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(nodes.item(i).getTextContent().strip());
        }
        return values;
    }

    private static String first(Element parent, String tag) {
        List<String> values = texts(parent, tag);
        return values.isEmpty() ? null : values.get(0);
    }
}
