package dev.migrate.maven;

import dev.migrate.Output;
import dev.migrate.command.FleetGoal;
import dev.migrate.command.MigrateSettings;
import dev.migrate.command.ValidateCommand;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import javax.inject.Inject;

/**
 * Fails the build when the revision files have several heads or, with a database, when an applied revision was
 * edited, is unknown to the files, did not complete or was applied out of order. Loads no entity classes.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class ValidateMojo extends AbstractMigrateMojo {

    @Inject
    public ValidateMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    protected FleetGoal fleetGoal() {
        return FleetGoal.validate();
    }

    @Override
    protected void run(MigrateSettings settings, Output output) {
        new ValidateCommand(settings, output).run();
    }
}
