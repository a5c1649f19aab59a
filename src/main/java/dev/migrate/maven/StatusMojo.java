package dev.migrate.maven;

import dev.migrate.Output;
import dev.migrate.command.FleetGoal;
import dev.migrate.command.MigrateSettings;
import dev.migrate.command.ResultFormat;
import dev.migrate.command.StatusCommand;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import javax.inject.Inject;
import java.util.List;

/**
 * Prints one row per revision: applied (when, by whom), pending, edited since it ran, unknown to the files,
 * incomplete or applied out of order. Read-only.
 */
@Mojo(name = "status", threadSafe = true)
public class StatusMojo extends AbstractMigrateMojo {

    @Inject
    public StatusMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    protected List<ResultFormat> formats() {
        return ResultFormat.TEXT_AND_JSON;
    }

    @Override
    protected FleetGoal fleetGoal() {
        return FleetGoal.status(resultFormat());
    }

    @Override
    protected void run(MigrateSettings settings, Output output) {
        new StatusCommand(settings, output).run(resultFormat());
    }
}
