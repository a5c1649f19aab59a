package dev.migrate.maven;

import dev.migrate.Output;
import dev.migrate.command.MigrateSettings;
import dev.migrate.command.ShowCommand;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import javax.inject.Inject;

/** Prints one revision: header, place in the graph, and its SQL. */
@Mojo(name = "show", threadSafe = true)
public class ShowMojo extends AbstractMigrateMojo {

    /** The revision to print: an id or prefix, a branch label, {@code head}. */
    @Parameter(property = "migrate.target", defaultValue = "head")
    private String target;

    @Inject
    public ShowMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    protected void run(MigrateSettings settings, Output output) {
        new ShowCommand(settings, output).run(target);
    }
}
