package dev.migrate.maven;

import dev.migrate.Output;
import dev.migrate.command.LintCommand;
import dev.migrate.command.MigrateSettings;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import javax.inject.Inject;

/**
 * Reports the lock, rewrite and destructive hazards of the pending revisions (docs/lint.md), sized by the live tables
 * when a database is configured; fails the build on errors.
 */
@Mojo(name = "lint", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class LintMojo extends AbstractMigrateMojo {

    /**
     * Rule levels, e.g. {@code drop-table=error, missing-lock-timeout=off}: each rule may be {@code off},
     * {@code info}, {@code warning} or {@code error}.
     */
    @Parameter(property = "migrate.lintRules")
    private String lintRules;

    /** Revisions to lint instead of the pending ones: {@code from:to}, as for {@code history}. */
    @Parameter(property = "migrate.range")
    private String range;

    /**
     * Without a database: the database and server version to lint for, e.g. {@code postgresql:16},
     * {@code mariadb:10.6}, {@code mysql:8.0}, {@code h2}. Default: the URL's database, else PostgreSQL.
     */
    @Parameter(property = "migrate.lintDatabase")
    private String lintDatabase;

    @Inject
    public LintMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    protected void run(MigrateSettings settings, Output output) {
        new LintCommand(settings, output).run(range, lintRules, lintDatabase);
    }
}
