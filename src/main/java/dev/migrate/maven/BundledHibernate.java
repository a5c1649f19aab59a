package dev.migrate.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * The plugin's own Hibernate ORM, resolved on demand (from the local repository once it is there) for projects that
 * have no hibernate-core: keeping it out of the plugin's class realm spares every lifecycle goal its 25 jars.
 */
final class BundledHibernate {

    private BundledHibernate() {
    }

    /** The jars of hibernate-core and its runtime dependencies. */
    static List<Path> resolve(RepositorySystem system, RepositorySystemSession session,
                              List<RemoteRepository> repositories) throws MojoExecutionException {
        String coordinates = coordinates();
        CollectRequest collect = new CollectRequest(new Dependency(new DefaultArtifact(coordinates), "runtime"),
                repositories);
        try {
            return system.resolveDependencies(session, new DependencyRequest(collect, null)).getArtifactResults()
                    .stream().map(ArtifactResult::getArtifact).map(a -> a.getFile().toPath()).toList();
        } catch (DependencyResolutionException e) {
            throw new MojoExecutionException("Cannot resolve " + coordinates + ", which reads the entities of a "
                    + "project that has no hibernate-core of its own: " + e.getMessage() + ". Run the goal once "
                    + "online, or add hibernate-core to the project's dependencies.");
        }
    }

    private static String coordinates() {
        Properties properties = new Properties();
        try (InputStream in = BundledHibernate.class.getResourceAsStream("bundled-hibernate.properties")) {
            properties.load(in);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the plugin jar lacks bundled-hibernate.properties", e);
        }
        return properties.getProperty("coordinates");
    }
}
