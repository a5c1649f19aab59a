package dev.migrate.maven;

import dev.migrate.Output;
import dev.migrate.command.MergeCommand;
import dev.migrate.command.MigrateSettings;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import javax.inject.Inject;

/** Writes an empty revision that merges several heads into one. */
@Mojo(name = "merge", threadSafe = true)
public class MergeMojo extends AbstractMigrateMojo {

    /** The merge revision's message; default "Merge &lt;ids&gt;". */
    @Parameter(property = "migrate.message")
    private String message;

    /** What to merge: comma-separated revisions or {@code heads} (all heads). */
    @Parameter(property = "migrate.revisions", defaultValue = "heads")
    private String revisions;

    /** A fixed id for the merge revision instead of a random one. */
    @Parameter(property = "migrate.revId")
    private String revId;

    @Inject
    public MergeMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    protected void run(MigrateSettings settings, Output output) {
        new MergeCommand(settings, output).run(message, revisions, revId);
    }
}
