package dev.migrate.entity.bridge;

import org.hibernate.Version;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;

/**
 * Runs inside the project's class loader, with whichever Hibernate that loader holds: builds the metadata of the
 * given classes without a connection, applies to it what Hibernate applies when an application builds its
 * SessionFactory ({@link SessionFactoryPreparation}), and returns Hibernate's own create script for the configured
 * database. It uses only API that Hibernate 6.2 to 7.x share (reaching the rest by name), and exchanges only JDK types
 * with the plugin.
 */
public final class HibernateScriptExporter {

    private HibernateScriptExporter() {
    }

    /**
     * @param loader       the project's class loader
     * @param classNames   the mapped classes
     * @param mappingFiles XML mapping resources
     * @param settings     Hibernate settings: database product name and version, naming, the user's properties
     * @return the create script, statements ended by {@code ;}
     */
    public static String export(ClassLoader loader, List<String> classNames, List<String> mappingFiles,
                                Map<String, Object> settings) throws ClassNotFoundException {
        BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder().applyClassLoader(loader).build();
        Map<String, Object> all = ExportSettings.of(settings, hibernateVersion());
        StringWriter script = new StringWriter();
        all.put("jakarta.persistence.schema-generation.scripts.create-target", script);
        NamingStrategies.apply(String.valueOf(settings.getOrDefault(NamingStrategies.SETTING, "jpa")), all, loader);
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder(bootstrap).applySettings(all).build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            for (String name : classNames) {
                sources.addAnnotatedClass(Class.forName(name, false, loader));
            }
            for (String file : mappingFiles) {
                sources.addResource(file);
            }
            Metadata metadata = sources.buildMetadata();
            SessionFactoryPreparation.apply(metadata, registry, all, loader);
            SchemaManagementToolCoordinator.process(metadata, registry, all, action -> { });
            return script.toString();
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }

    /** The version of the Hibernate this class runs with. */
    public static String hibernateVersion() {
        return Version.getVersionString();
    }
}
