package dev.migrate.entity;

import dev.migrate.Output;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hibernate's own create script for the project's entities and a database: built in the project's class loader, by
 * the project's Hibernate when it has one, with no connection. Open it early and {@link #warmUp} it on a spare thread
 * while the database connects: most of Hibernate's cost is loading its classes.
 */
public final class HibernateDdl implements AutoCloseable {

    private static final String EXPORTER = "dev.migrate.entity.bridge.HibernateScriptExporter";
    /** Kept so the levels set on them are not lost to garbage collection. */
    private static final Logger HIBERNATE_LOG = Logger.getLogger("org.hibernate");
    /** Warn that there is no connection provider, which is the point here (Hibernate 7 and 6 categories). */
    private static final Logger CONNECTION_LOG = Logger.getLogger("org.hibernate.orm.connection");
    private static final Logger CONNECTION_LOG_6 = Logger.getLogger("org.hibernate.engine.jdbc.connections");

    private final EntitySettings settings;
    private final ProjectClassLoader loader;

    private HibernateDdl(EntitySettings settings, ProjectClassLoader loader) {
        this.settings = settings;
        this.loader = loader;
    }

    /** The project's class loader with the Hibernate that will read the entities; nothing is loaded yet. */
    public static HibernateDdl open(EntitySettings settings) {
        quietHibernateLogging();
        return new HibernateDdl(settings, ProjectClassLoader.create(settings.classpath(), settings.bundledHibernate(),
                HibernateDdl.class.getClassLoader()));
    }

    /**
     * Runs Hibernate once over no classes for {@code database}, so that its classes are loaded before the real run;
     * any failure is left for the real run to report.
     */
    public void warmUp(String database) {
        try {
            // a version every supported Hibernate knows without a warning; the real run passes the server's own
            DatabaseVersion assumed = switch (database) {
                case "H2" -> new DatabaseVersion("2.3", 2, 3);
                case "MariaDB" -> new DatabaseVersion("11.4", 11, 4);
                default -> new DatabaseVersion("16.0", 16, 0);
            };
            Map<String, Object> properties = databaseProperties(database, assumed);
            properties.put("migrate.namingStrategy", "jpa");
            export(List.of(), List.of(), properties);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError ignored) {
            // the real run reports it, with the entities' names
        }
    }

    /**
     * The create script (statements ended by {@code ;}).
     *
     * @param database the database product name Hibernate knows ({@code PostgreSQL}, {@code H2}, {@code MariaDB})
     * @param version  the server's version, which picks the dialect's feature set
     */
    public String createScript(EntityClasses classes, String database, DatabaseVersion version, Output output) {
        try {
            String hibernate = (String) exporter().getMethod("hibernateVersion").invoke(null);
            output.info("Reading the entities with " + (loader.usesProjectHibernate() ? "the project's" : "the "
                    + "plugin's") + " Hibernate ORM " + hibernate + " (" + classes.classNames().size()
                    + " mapped classes, " + database + " " + version.text() + ")");
            Map<String, Object> all = new HashMap<>(classes.properties());
            all.putAll(settings.hibernateProperties());
            all.putAll(databaseProperties(database, version));
            all.put("migrate.namingStrategy", settings.namingStrategy());
            return export(classes.classNames(), classes.mappingFiles(), all);
        } catch (InvocationTargetException e) {
            throw mappingFailure(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new EntityException("Cannot start Hibernate in the project's class loader: " + e);
        } catch (LinkageError e) {
            throw mappingFailure(e);
        }
    }

    /** The settings that tell Hibernate, with no connection, which database and version to write DDL for. */
    private static Map<String, Object> databaseProperties(String database, DatabaseVersion version) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("jakarta.persistence.database-product-name", database);
        properties.put("jakarta.persistence.database-product-version", version.text());
        properties.put("jakarta.persistence.database-major-version", String.valueOf(version.major()));
        properties.put("jakarta.persistence.database-minor-version", String.valueOf(version.minor()));
        return properties;
    }

    private Class<?> exporter() throws ClassNotFoundException {
        return Class.forName(EXPORTER, true, loader);
    }

    private String export(List<String> classNames, List<String> mappingFiles, Map<String, Object> properties)
            throws ReflectiveOperationException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            Method export = exporter().getMethod("export", ClassLoader.class, List.class, List.class, Map.class);
            return (String) export.invoke(null, loader, classNames, mappingFiles, properties);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Override
    public void close() {
        try {
            loader.close();
        } catch (IOException e) {
            // the jars stay open until the JVM ends; nothing is lost
        }
    }

    /** Hibernate's INFO lines (version banners, dialect notes) would drown the goal's own output. */
    private static void quietHibernateLogging() {
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "jdk");
        }
        HIBERNATE_LOG.setLevel(Level.WARNING);
        CONNECTION_LOG.setLevel(Level.SEVERE);
        CONNECTION_LOG_6.setLevel(Level.SEVERE);
    }

    private static EntityException mappingFailure(Throwable cause) {
        StringBuilder chain = new StringBuilder();
        Throwable t = cause;
        String missingClass = null;
        while (t != null) {
            if (t instanceof ClassNotFoundException || t instanceof NoClassDefFoundError) {
                missingClass = t.getMessage();
            }
            if (chain.length() > 0) {
                chain.append("\n  caused by: ");
            }
            chain.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
            t = t.getCause() == t ? null : t.getCause();
        }
        if (missingClass != null) {
            return new EntityException("Cannot load a class the entities need: " + missingClass.replace('/', '.')
                    + ". It must be on the project's compile or runtime class path (add the dependency that holds it)."
                    + "\n  " + chain);
        }
        return new EntityException("Hibernate cannot build the mapping of the entities: " + chain
                + "\nFix the mapping; 'mvn compile' passing is not enough, Hibernate checks the annotations too.");
    }
}
