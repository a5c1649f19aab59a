package dev.migrate.entity;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ScanResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
        Set<String> names = new LinkedHashSet<>();
        List<String> javax = new ArrayList<>();
        boolean hasEntity;
        ClassGraph graph = new ClassGraph().overrideClasspath(classes.toString()).enableAnnotationInfo()
                .ignoreClassVisibility();
        if (!settings.packages().isEmpty()) {
            graph.acceptPackages(settings.packages().toArray(String[]::new));
        }
        try (ScanResult result = graph.scan()) {
            for (String annotation : JAKARTA) {
                result.getClassesWithAnnotation(annotation).forEach(c -> names.add(c.getName()));
            }
            hasEntity = !result.getClassesWithAnnotation(JAKARTA.get(0)).isEmpty();
            for (String annotation : JAVAX) {
                result.getClassesWithAnnotation(annotation).stream().map(ClassInfo::getName).forEach(javax::add);
            }
        }
        if (!javax.isEmpty()) {
            throw new EntityException("Found classes mapped with javax.persistence, which Hibernate 6 and later "
                    + "ignore: " + String.join(", ", javax.subList(0, Math.min(5, javax.size())))
                    + (javax.size() > 5 ? " and " + (javax.size() - 5) + " more" : "") + ". Change their imports to "
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
                    + ". Check that the entities are compiled, that they use jakarta.persistence.Entity, and that "
                    + "migrate.packages names their packages.");
        }
        return new EntityClasses(List.copyOf(names), mappingFiles, properties);
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
