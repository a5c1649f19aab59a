package dev.migrate.maven;

import dev.migrate.command.EntityOptions;
import dev.migrate.entity.EntitySettings;
import dev.migrate.entity.HibernateClasspath;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.lifecycle.LifecycleExecutor;
import org.apache.maven.plugin.BuildPluginManager;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The parameters of the goals that read the entities: {@code revision} and {@code check}. */
public abstract class AbstractEntityMojo extends AbstractMigrateMojo {

    /** Packages to scan for entities (with sub-packages), comma-separated; default: all compiled classes. */
    @Parameter(property = "migrate.packages")
    protected List<String> packages;

    /**
     * Naming: {@code jpa} (Hibernate's default), {@code spring} (Spring Boot's snake_case physical and implicit
     * naming, with the project's own Spring and Hibernate classes where it has them), or naming strategy class names
     * (comma-separated; physical and/or implicit).
     */
    @Parameter(property = "migrate.namingStrategy", defaultValue = "jpa")
    protected String namingStrategy;

    /** Extra Hibernate settings that shape the DDL, e.g. {@code hibernate.type.preferred_uuid_jdbc_type}. */
    @Parameter
    protected Map<String, String> hibernateProperties;

    /**
     * Tables (patterns with {@code *} and {@code ?}) that autogenerate never creates, changes or drops, such as
     * tables owned by another tool.
     */
    @Parameter(property = "migrate.excludeTables")
    protected List<String> excludeTables;

    @Parameter(defaultValue = "${repositorySystemSession}", readonly = true, required = true)
    protected RepositorySystemSession repositorySession;

    private final RepositorySystem repositorySystem;
    private final LifecycleExecutor lifecycle;
    private final BuildPluginManager plugins;

    protected AbstractEntityMojo(SettingsDecrypter decrypter, RepositorySystem repositorySystem,
                                 LifecycleExecutor lifecycle, BuildPluginManager plugins) {
        super(decrypter);
        this.repositorySystem = repositorySystem;
        this.lifecycle = lifecycle;
        this.plugins = plugins;
    }

    /** Whether this run reads the compiled entities (an empty revision does not). */
    @Override
    protected boolean readsEntities() {
        return true;
    }

    /** Typed on the command line, the goal compiles the project first; run from a phase, it never does. */
    @Override
    protected void prepare() throws MojoExecutionException, MojoFailureException {
        if (readsEntities()) {
            CommandLineCompile.runIfFromCommandLine(session, mojoExecution, lifecycle, plugins, getLog());
        }
    }

    protected EntityOptions entityOptions() throws MojoExecutionException {
        Set<String> elements = new LinkedHashSet<>();
        try {
            elements.addAll(project.getCompileClasspathElements());
            elements.addAll(project.getRuntimeClasspathElements());
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("The project's dependencies are not resolved: " + e.getMessage(), e);
        }
        List<Path> classpath = elements.stream().map(Path::of).toList();
        List<Path> bundled = HibernateClasspath.holdsHibernate(classpath) ? List.of()
                : BundledHibernate.resolve(repositorySystem, repositorySession, project.getRemotePluginRepositories());
        return new EntityOptions(new EntitySettings(Path.of(project.getBuild().getOutputDirectory()), classpath,
                bundled, packages, namingStrategy, hibernateProperties), excludeTables);
    }
}
