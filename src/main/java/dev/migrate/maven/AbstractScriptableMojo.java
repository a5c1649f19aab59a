package dev.migrate.maven;

import dev.migrate.command.FleetGoal;
import dev.migrate.command.ResultFormat;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import java.util.List;
import java.util.Set;

/**
 * The goals that move the version table (upgrade, downgrade, stamp): they run on the database, or with
 * {@code migrate.sql} write the SQL script that would, without connecting.
 */
public abstract class AbstractScriptableMojo extends AbstractMigrateMojo {

    /**
     * Write the SQL instead of running it (offline). For upgrade and downgrade the target may be a range
     * {@code from:to} (downgrade needs one: the script cannot ask the database where it is).
     */
    @Parameter(property = "migrate.sql", defaultValue = "false")
    protected boolean sql;

    protected AbstractScriptableMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    protected final boolean connects() {
        return !sql;
    }

    @Override
    protected final List<ResultFormat> formats() {
        return sql ? ResultFormat.TEXT_ONLY : null;
    }

    /** Offline SQL is written once for all tenants: a fleet runs the goal online only. */
    @Override
    protected final FleetGoal fleetGoal() {
        return sql ? null : onlineFleetGoal();
    }

    /** The goal as it runs on each tenant of a fleet. */
    protected abstract FleetGoal onlineFleetGoal();

    /** A list parameter as a set, none when it is not given. */
    protected static Set<String> setOf(List<String> values) {
        return values == null ? Set.of() : Set.copyOf(values);
    }
}
