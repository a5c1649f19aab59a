package dev.migrate.maven;

import dev.migrate.Output;
import dev.migrate.command.DowngradeCommand;
import dev.migrate.command.FleetGoal;
import dev.migrate.command.MigrateSettings;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import javax.inject.Inject;
import java.util.List;

/** Reverts revisions down to a target: {@code -1}, {@code base} or a revision id (required). */
@Mojo(name = "downgrade", threadSafe = true)
public class DowngradeMojo extends AbstractScriptableMojo {

    /**
     * Where to go back to: {@code -N}, {@code base}, a revision id or prefix. Required, so nothing is undone by
     * accident.
     */
    @Parameter(property = "migrate.target")
    private String target;

    /** Applied revisions whose edit is deliberate (ids, prefixes or {@code all}): their new checksum is recorded. */
    @Parameter(property = "migrate.acceptEdited")
    private List<String> acceptEdited;

    @Inject
    public DowngradeMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    protected FleetGoal onlineFleetGoal() {
        return FleetGoal.downgrade(target, setOf(acceptEdited));
    }

    @Override
    protected void run(MigrateSettings settings, Output output) {
        DowngradeCommand command = new DowngradeCommand(settings, output);
        if (sql) {
            command.offline(target, null);
        } else {
            command.run(target, setOf(acceptEdited));
        }
    }
}
