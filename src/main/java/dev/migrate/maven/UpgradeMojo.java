package dev.migrate.maven;

import dev.migrate.Output;
import dev.migrate.command.FleetGoal;
import dev.migrate.command.MigrateSettings;
import dev.migrate.command.UpgradeCommand;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import javax.inject.Inject;
import java.util.List;

/** Applies revisions up to a target (default {@code head}), each in its own transaction where DDL allows. */
@Mojo(name = "upgrade", defaultPhase = LifecyclePhase.PRE_INTEGRATION_TEST, threadSafe = true)
public class UpgradeMojo extends AbstractScriptableMojo {

    /** Where to go: {@code head}, {@code heads}, a revision id or prefix, {@code +N}, {@code <label>@head}. */
    @Parameter(property = "migrate.target", defaultValue = "head")
    private String target;

    /** Applied revisions whose edit is deliberate (ids, prefixes or {@code all}): their new checksum is recorded. */
    @Parameter(property = "migrate.acceptEdited")
    private List<String> acceptEdited;

    /**
     * For a schema that already holds tables but has no version table, which {@code upgrade} otherwise refuses: the
     * revision its tables match (stamped, then upgraded from), or {@code base} to run every revision on top of them.
     * Ignored once the schema has its version table.
     */
    @Parameter(property = "migrate.baseline")
    private String baseline;

    @Inject
    public UpgradeMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    protected FleetGoal onlineFleetGoal() {
        return FleetGoal.upgrade(target, setOf(acceptEdited));
    }

    @Override
    protected void run(MigrateSettings settings, Output output) {
        UpgradeCommand command = new UpgradeCommand(settings, output);
        if (sql) {
            command.offline(target, null);
        } else {
            command.run(target, setOf(acceptEdited), baseline);
        }
    }
}
