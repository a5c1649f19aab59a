package dev.migrate.maven;

import dev.migrate.Output;
import dev.migrate.command.MigrateSettings;
import dev.migrate.command.VerifyCommand;
import dev.migrate.command.VerifyOptions;
import org.apache.maven.lifecycle.LifecycleExecutor;
import org.apache.maven.plugin.BuildPluginManager;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.eclipse.aether.RepositorySystem;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.inject.Inject;

/**
 * The stairway test: on a throwaway database of the same kind as {@code url} (dropped at the end, also when the build
 * is interrupted), upgrades every revision, runs its {@code -- migrate:verify} checks, downgrades it, checks the
 * schema is exactly what it was, and upgrades again; at head, compares the entities with the schema the revisions
 * build. Writes {@code target/migrate/verify.json}.
 */
@Mojo(name = "verify", defaultPhase = LifecyclePhase.INTEGRATION_TEST,
        requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public class VerifyMojo extends AbstractEntityMojo {

    /**
     * JDBC URL of an empty database to verify on, instead of a throwaway one made beside {@code url} (for a user
     * without the right to create databases). It is used as it is and not dropped; the credentials are those of
     * {@code url}.
     */
    @Parameter(property = "migrate.verifyUrl")
    private String verifyUrl;

    /** Start after this revision: everything up to it is applied in one go, the stairway covers the rest. */
    @Parameter(property = "migrate.verify.from")
    private String from;

    /**
     * The heads the revision files must have, comma-separated ids or unique prefixes, for a history that keeps
     * several heads on purpose; by default it must have exactly one.
     */
    @Parameter(property = "migrate.heads")
    private String heads;

    @Inject
    public VerifyMojo(SettingsDecrypter decrypter, RepositorySystem repositorySystem, LifecycleExecutor lifecycle,
                      BuildPluginManager plugins) {
        super(decrypter, repositorySystem, lifecycle, plugins);
    }

    @Override
    protected void run(MigrateSettings settings, Output output) throws MojoExecutionException {
        Path report = buildDirectory == null ? null
                : buildDirectory.toPath().resolve("migrate").resolve("verify.json");
        boolean compiled = Files.isDirectory(Path.of(project.getBuild()
                .getOutputDirectory()));
        new VerifyCommand(settings, new VerifyOptions(verifyUrl, from, report,
                VerifyOptions.headsOf(heads)), compiled ? entityOptions() : null,
                output).run();
    }
}
