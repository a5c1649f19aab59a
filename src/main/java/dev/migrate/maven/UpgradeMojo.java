package dev.migrate.maven;

import dev.migrate.Output;
import dev.migrate.command.FleetGoal;
import dev.migrate.command.MigrateSettings;
import dev.migrate.command.ResultFormat;
import dev.migrate.command.UpgradeCommand;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import javax.inject.Inject;
import java.util.List;
import java.util.Set;

/** Applies revisions up to a target (default {@code head}), each in its own transaction where DDL allows. */
@Mojo(name = "upgrade", defaultPhase = LifecyclePhase.PRE_INTEGRATION_TEST, threadSafe = true)
public class UpgradeMojo extends AbstractMigrateMojo {

    /** Where to go: {@code head}, {@code heads}, a revision id or prefix, {@code +N}, {@code <label>@head}. */
    @Parameter(property = "migrate.target", defaultValue = "head")
    private String target;

    /** Write the SQL instead of running it (offline); the target may be a range {@code from:to}. */
    @Parameter(property = "migrate.sql", defaultValue = "false")
    private boolean sql;

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
                : FleetGoal.upgrade(target, acceptEdited == null ? Set.of() : Set.copyOf(acceptEdited));
    }

    @Override
    protected String goal() {
        return "upgrade";
    }

    @Override
    protected void run(MigrateSettings settings, Output output) {
        UpgradeCommand command = new UpgradeCommand(settings, output);
        if (sql) {
            command.offline(target, null);
        } else {
            command.run(target, acceptEdited == null ? Set.of() : Set.copyOf(acceptEdited), baseline);
        }
    }
}
