package dev.migrate.maven;

import dev.migrate.Output;
import dev.migrate.command.FleetGoal;
import dev.migrate.command.MigrateSettings;
import dev.migrate.command.ResultFormat;
import dev.migrate.command.StampCommand;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import javax.inject.Inject;
import java.util.List;

/** Sets the version table to a target without running any SQL, e.g. to adopt an existing database. */
@Mojo(name = "stamp", threadSafe = true)
public class StampMojo extends AbstractMigrateMojo {

    /** The revision(s) to record: {@code head}, {@code heads}, {@code base}, a revision id or prefix. Required. */
    @Parameter(property = "migrate.target")
    private String target;

    /** Empty the version table first, e.g. when it names revisions that no longer exist. */
    @Parameter(property = "migrate.purge", defaultValue = "false")
    private boolean purge;

    /** Write the SQL instead of running it (offline). */
    @Parameter(property = "migrate.sql", defaultValue = "false")
    private boolean sql;

    @Inject
    public StampMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    protected boolean connects() {
        return !sql;
    }

    @Override
    protected List<ResultFormat> formats() {
        return sql ? ResultFormat.TEXT_ONLY : null;
    }

    @Override
    protected FleetGoal fleetGoal() {
        return sql ? null : FleetGoal.stamp(target, purge);
    }

    @Override
    protected String goal() {
        return "stamp";
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
