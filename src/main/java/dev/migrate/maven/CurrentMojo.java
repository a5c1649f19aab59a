package dev.migrate.maven;

import dev.migrate.Output;
import dev.migrate.command.CurrentCommand;
import dev.migrate.command.FleetGoal;
import dev.migrate.command.MigrateSettings;
import dev.migrate.command.ResultFormat;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import javax.inject.Inject;
import java.util.List;

/** Prints the revision(s) the database is at. */
@Mojo(name = "current", threadSafe = true)
public class CurrentMojo extends AbstractMigrateMojo {

    /** Print each revision's details, not just its id. */
    @Parameter(property = "migrate.verbose", defaultValue = "false")
    private boolean verbose;

    @Inject
    public CurrentMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    protected List<ResultFormat> formats() {
        return ResultFormat.TEXT_AND_JSON;
    }

    @Override
    protected FleetGoal fleetGoal() {
        return FleetGoal.current(verbose, resultFormat());
    }

    @Override
    protected void run(MigrateSettings settings, Output output) {
        new CurrentCommand(settings, output).run(verbose, resultFormat());
    }
}
