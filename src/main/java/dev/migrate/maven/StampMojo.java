package dev.migrate.maven;

import dev.migrate.Output;
import dev.migrate.command.FleetGoal;
import dev.migrate.command.MigrateSettings;
import dev.migrate.command.StampCommand;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import javax.inject.Inject;

/** Sets the version table to a target without running any SQL, e.g. to adopt an existing database. */
@Mojo(name = "stamp", threadSafe = true)
public class StampMojo extends AbstractScriptableMojo {

    /** The revision(s) to record: {@code head}, {@code heads}, {@code base}, a revision id or prefix. Required. */
    @Parameter(property = "migrate.target")
    private String target;

    /** Empty the version table first, e.g. when it names revisions that no longer exist. */
    @Parameter(property = "migrate.purge", defaultValue = "false")
    private boolean purge;

    @Inject
    public StampMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    protected FleetGoal onlineFleetGoal() {
        return FleetGoal.stamp(target, purge);
    }

    @Override
    protected void run(MigrateSettings settings, Output output) {
        StampCommand command = new StampCommand(settings, output);
        if (sql) {
            command.offline(target, purge, null);
        } else {
            command.run(target, purge);
        }
    }
}
