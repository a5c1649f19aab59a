package dev.migrate.maven;

import dev.migrate.Output;
import dev.migrate.command.HeadsCommand;
import dev.migrate.command.MigrateSettings;
import dev.migrate.command.ResultFormat;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import javax.inject.Inject;
import java.util.List;

/** Prints the head revision(s) of the revision files; needs no database. */
@Mojo(name = "heads", threadSafe = true)
public class HeadsMojo extends AbstractMigrateMojo {

    /** Print each head's details, not just its id. */
    @Parameter(property = "migrate.verbose", defaultValue = "false")
    private boolean verbose;

    @Inject
    public HeadsMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    protected List<ResultFormat> formats() {
        return ResultFormat.TEXT_AND_JSON;
    }

    @Override
    protected void run(MigrateSettings settings, Output output) {
        new HeadsCommand(settings, output).run(verbose, resultFormat());
    }
}
