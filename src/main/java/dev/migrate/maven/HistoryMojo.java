package dev.migrate.maven;

import dev.migrate.Output;
import dev.migrate.command.HistoryCommand;
import dev.migrate.command.MigrateSettings;
import dev.migrate.command.ResultFormat;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import javax.inject.Inject;
import java.util.List;

/**
 * Lists revisions newest first, marking heads, branch and merge points, and (with a database configured) the
 * current revision and who applied what, when.
 */
@Mojo(name = "history", threadSafe = true)
public class HistoryMojo extends AbstractMigrateMojo {

    /** Revisions to list: {@code from:to}, e.g. {@code base:head}, {@code -3:current}; either side may be empty. */
    @Parameter(property = "migrate.range")
    private String range;

    /** Print each revision's details, including when and by whom it was applied. */
    @Parameter(property = "migrate.verbose", defaultValue = "false")
    private boolean verbose;

    @Inject
    public HistoryMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    protected List<ResultFormat> formats() {
        return ResultFormat.HISTORY;
    }

    @Override
    protected void run(MigrateSettings settings, Output output) {
        new HistoryCommand(settings, output).run(range, verbose, resultFormat());
    }
}
