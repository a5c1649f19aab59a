package dev.migrate.maven;

import dev.migrate.Output;
import dev.migrate.command.CheckCommand;
import dev.migrate.command.FleetGoal;
import dev.migrate.command.MigrateSettings;
import org.apache.maven.lifecycle.LifecycleExecutor;
import org.apache.maven.plugin.BuildPluginManager;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.eclipse.aether.RepositorySystem;

import javax.inject.Inject;

/**
 * Fails the build when the entities and the upgraded database differ (the CI drift gate): the comparison of
 * {@code revision}, with nothing written.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY,
        requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public class CheckMojo extends AbstractEntityMojo {

    @Inject
    public CheckMojo(SettingsDecrypter decrypter, RepositorySystem repositorySystem, LifecycleExecutor lifecycle,
            BuildPluginManager plugins) {
        super(decrypter, repositorySystem, lifecycle, plugins);
    }

    @Override
    protected FleetGoal fleetGoal() throws MojoExecutionException {
        return FleetGoal.check(entityOptions());
    }

    @Override
    protected void run(MigrateSettings settings, Output output) throws MojoExecutionException {
        new CheckCommand(settings, entityOptions(), output).run();
    }
}
