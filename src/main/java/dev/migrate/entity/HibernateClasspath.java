package dev.migrate.entity;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;

/**
 * The class path from which the JVM that writes Hibernate's script loads Hibernate and the entities, in lookup order:
 * the project's own class path, then the plugin's Hibernate when the project has none, then the plugin's jar (for
 * the bridge classes). When the project depends on hibernate-core, its Hibernate (6.6 or 7.x) therefore produces the
 * DDL.
 *
 * @param entries          the class path
 * @param projectHibernate whether the Hibernate on it is the project's own
 */
public record HibernateClasspath(List<Path> entries, boolean projectHibernate) {

    /** The settings' class path; without the plugin's Hibernate jars, the project's Hibernate is the one on it. */
    static HibernateClasspath of(EntitySettings settings) {
        List<Path> entries = new ArrayList<>(settings.classpath());
        entries.addAll(settings.bundledHibernate());
        entries.add(pluginLocation());
        return new HibernateClasspath(List.copyOf(entries), settings.bundledHibernate().isEmpty());
    }

    /** Whether a class path holds hibernate-core. */
    public static boolean holdsHibernate(List<Path> classpath) {
        return classpath.stream().anyMatch(HibernateClasspath::holdsHibernate);
    }

    private static boolean holdsHibernate(Path entry) {
        if (Files.isDirectory(entry)) {
            return Files.isRegularFile(entry.resolve("org/hibernate/Version.class"));
        }
        if (!Files.isRegularFile(entry) || !entry.getFileName().toString().startsWith("hibernate-core")) {
            return false;
        }
        try (ZipFile jar = new ZipFile(entry.toFile())) {
            return jar.getEntry("org/hibernate/Version.class") != null;
        } catch (IOException e) {
            return false;
        }
    }

    /** The plugin's jar (a directory in the plugin's own tests). */
    public static Path pluginLocation() {
        try {
            return Path.of(HibernateClasspath.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the plugin's location is not a file: " + e.getMessage(), e);
        }
    }
}
