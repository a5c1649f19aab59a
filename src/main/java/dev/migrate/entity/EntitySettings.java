package dev.migrate.entity;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Where the entities are and how Hibernate should read them.
 *
 * @param classesDirectory    the compiled classes to scan ({@code target/classes})
 * @param classpath           the project's compile and runtime class path, including {@code classesDirectory}
 * @param bundledHibernate    the plugin's Hibernate ORM jars, for a project without hibernate-core; empty when the
 *                            project has its own
 * @param packages            packages to scan (with their sub-packages); empty scans everything
 * @param namingStrategy      {@code jpa}, {@code spring}, or naming strategy class names (comma-separated)
 * @param hibernateProperties extra {@code hibernate.*} settings that shape the DDL
 */
public record EntitySettings(Path classesDirectory, List<Path> classpath, List<Path> bundledHibernate,
                             List<String> packages, String namingStrategy, Map<String, String> hibernateProperties) {

    public EntitySettings {
        classpath = List.copyOf(classpath);
        bundledHibernate = List.copyOf(bundledHibernate);
        packages = packages == null ? List.of() : packages.stream().filter(p -> !p.isBlank()).map(String::strip)
                .toList();
        namingStrategy = namingStrategy == null || namingStrategy.isBlank() ? "jpa" : namingStrategy.strip();
        hibernateProperties = hibernateProperties == null ? Map.of() : Map.copyOf(hibernateProperties);
    }

    /** Settings without the plugin's Hibernate: for a project that has its own, or for scanning only. */
    public EntitySettings(Path classesDirectory, List<Path> classpath, List<String> packages, String namingStrategy,
                          Map<String, String> hibernateProperties) {
        this(classesDirectory, classpath, List.of(), packages, namingStrategy, hibernateProperties);
    }
}
