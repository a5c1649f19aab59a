package dev.migrate.maven;

import dev.migrate.Output;
import dev.migrate.command.DowngradeCommand;
import dev.migrate.command.FleetGoal;
import dev.migrate.command.MigrateSettings;
import dev.migrate.command.ResultFormat;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import javax.inject.Inject;
import java.util.List;
import java.util.Set;

/** Reverts revisions down to a target: {@code -1}, {@code base} or a revision id (required). */
@Mojo(name = "downgrade", threadSafe = true)
public class DowngradeMojo extends AbstractMigrateMojo {

    /**
     * Where to go back to: {@code -N}, {@code base}, a revision id or prefix. Required, so nothing is undone by
     * accident.
     */
    @Parameter(property = "migrate.target")
    private String target;

    /** Write the SQL instead of running it (offline); the target must then be a range {@code from:to}. */
    @Parameter(property = "migrate.sql", defaultValue = "false")
    private boolean sql;

    /** Applied revisions whose edit is deliberate (ids, prefixes or {@code all}): their new checksum is recorded. */
    @Parameter(property = "migrate.acceptEdited")
    private List<String> acceptEdited;

    @Inject
    public DowngradeMojo(SettingsDecrypter decrypter) {
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
        return sql ? null
                : FleetGoal.downgrade(target, acceptEdited == null ? Set.of() : Set.copyOf(acceptEdited));
    }

    @Override
    protected String goal() {
        return "downgrade";
    }

    @Override
    protected void run(MigrateSettings settings, Output output) {
        DowngradeCommand command = new DowngradeCommand(settings, output);
        if (sql) {
            command.offline(target, null);
        } else {
            command.run(target, acceptEdited == null ? Set.of() : Set.copyOf(acceptEdited));
        }
    }
}
