package dev.migrate.testing;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The test oracle: what an application with {@code jakarta.persistence.schema-generation.database.action=create}
 * does on an empty namespace: it builds its SessionFactory (which orders the columns and applies Bean Validation's
 * constraints before Hibernate writes the schema), with its mapped classes in class-path scan order.
 */
public final class HibernateOracle {

    /** Kept so the level set on it is not lost to garbage collection: a SessionFactory logs its settings at INFO. */
    private static final Logger HIBERNATE_LOG = Logger.getLogger("org.hibernate");

    static {
        HIBERNATE_LOG.setLevel(Level.WARNING);
    }

    private HibernateOracle() {
    }

    /** Creates the schema of the entities compiled in {@code classes} in {@code db}'s namespace. */
    public static void export(Path classes, TestDatabase db, Map<String, String> properties) {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                HibernateOracle.class.getClassLoader())) {
            var bootstrap = new BootstrapServiceRegistryBuilder().applyClassLoader(loader).build();
            Map<String, Object> settings = new HashMap<>(properties);
            settings.put("jakarta.persistence.jdbc.url", db.url());
            settings.put("jakarta.persistence.jdbc.user", db.settings().username());
            settings.put("jakarta.persistence.jdbc.password", db.settings().password() == null ? ""
                    : db.settings().password());
            settings.put("jakarta.persistence.schema-generation.database.action", "create");
            settings.put("hibernate.connection.pool_size", "1");
            StandardServiceRegistry registry = new StandardServiceRegistryBuilder(bootstrap).applySettings(settings)
                    .build();
            try {
                MetadataSources sources = new MetadataSources(registry);
                for (String name : mappedClasses(classes)) {
                    sources.addAnnotatedClass(Class.forName(name, false, loader));
                }
                Metadata metadata = sources.buildMetadata();
                metadata.buildSessionFactory().close();
            } finally {
                StandardServiceRegistryBuilder.destroy(registry);
            }
        } catch (MalformedURLException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> mappedClasses(Path classes) {
        try (ScanResult result = new ClassGraph().overrideClasspath(classes.toString()).enableAnnotationInfo()
                .ignoreClassVisibility().scan()) {
            return result.getAllClasses().filter(c -> c.hasAnnotation("jakarta.persistence.Entity")
                    || c.hasAnnotation("jakarta.persistence.Embeddable")
                    || c.hasAnnotation("jakarta.persistence.MappedSuperclass")
                    || c.hasAnnotation("jakarta.persistence.Converter")).getNames();
        }
    }
}
