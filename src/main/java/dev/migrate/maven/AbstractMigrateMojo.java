package dev.migrate.maven;

import dev.migrate.MigrateException;
import dev.migrate.Output;
import dev.migrate.command.FleetCommand;
import dev.migrate.command.FleetGoal;
import dev.migrate.command.MigrateSettings;
import dev.migrate.command.ResultDestination;
import dev.migrate.command.ResultFormat;
import dev.migrate.database.DatabaseSettings;
import dev.migrate.database.Secrets;
import dev.migrate.runner.FleetOptions;
import dev.migrate.runner.Shard;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** The parameters every goal shares (DESIGN §2), credentials from settings.xml, skip, and error translation. */
public abstract class AbstractMigrateMojo extends AbstractMojo {

    /**
     * JDBC URL of the database, e.g. {@code jdbc:postgresql://localhost:5432/app}. Printed with its password
     * masked.
     */
    @Parameter(property = "migrate.url")
    protected String url;

    /** Database user. Overrides the user of {@code serverId}. */
    @Parameter(property = "migrate.username")
    protected String username;

    /**
     * Database password. Prefer {@code serverId} (settings.xml, encrypted passwords supported) so the password is
     * neither in the pom nor on the command line.
     */
    @Parameter(property = "migrate.password")
    protected String password;

    /** Id of a {@code <server>} in settings.xml whose username and (possibly encrypted) password are used. */
    @Parameter(property = "migrate.serverId")
    protected String serverId;

    /** Schema to migrate, created if missing. Default: the connection's current schema. */
    @Parameter(property = "migrate.schema")
    protected String schema;

    /** Name of the version table; the history table is named after it ({@code migrate_history}). */
    @Parameter(property = "migrate.versionTable", defaultValue = MigrateSettings.DEFAULT_VERSION_TABLE)
    protected String versionTable;

    /** Folder of the revision files. */
    @Parameter(property = "migrate.directory", defaultValue = "${project.basedir}/migrations/versions")
    protected File directory;

    /** Seconds to wait for another run's migration lock before failing; -1 waits forever. */
    @Parameter(property = "migrate.lockTimeout", defaultValue = "600")
    protected int lockTimeout;

    /**
     * Keeps the parsed revision files and the entities' schema in {@code target/migrate} for the next run; false reads
     * and computes everything on every run.
     */
    @Parameter(property = "migrate.cache", defaultValue = "true")
    protected boolean cache;

    /**
     * Seconds the database may take to accept a connection and a login before the goal fails, naming the host that
     * did not answer. A timeout the URL sets itself (PostgreSQL's {@code connectTimeout}, {@code loginTimeout},
     * {@code socketTimeout}; MariaDB's {@code connectTimeout}) is kept.
     */
    @Parameter(property = "migrate.connectTimeout", defaultValue = "30")
    protected int connectTimeout;

    /**
     * How the goal writes its result: {@code text}, or {@code json} ({@code current}, {@code heads}, {@code history});
     * {@code history} also draws the revision graph as {@code mermaid} or {@code dot}. Goals without a result
     * ignore it, but on a fleet every goal takes {@code json}: the fleet's result is then one JSON document.
     */
    @Parameter(property = "migrate.format", defaultValue = "text")
    protected String format;

    /**
     * File for the goal's result (offline SQL, {@code current}, {@code heads}, {@code history}); without it the result
     * goes to standard output, also under {@code mvn -q}, while the log stays in Maven's log.
     */
    @Parameter(property = "migrate.outputFile")
    protected File outputFile;

    /**
     * Fleet (upgrade, downgrade, stamp, current, status, check, validate): the tenant schemas (MariaDB: databases) to
     * run on, by name or pattern ({@code tenant_*}; {@code *} any characters, {@code ?} one), comma-separated. Each
     * tenant keeps its own version and history tables and its own lock.
     */
    @Parameter(property = "migrate.schemas")
    protected List<String> schemas;

    /** Fleet: a query run on {@code url} whose first column names the tenant schemas. */
    @Parameter(property = "migrate.schemasQuery")
    protected String schemasQuery;

    /**
     * Fleet of databases: a file with one JDBC URL, or {@code serverId=jdbc:...} (credentials from settings.xml), per
     * line; blank lines and lines starting with {@code #} are ignored. Other lines use {@code username}/{@code
     * password}.
     */
    @Parameter(property = "migrate.targetsFile")
    protected File targetsFile;

    /** Fleet: tenants run at once, each on its own connection. Default: the number of cores, at most 8. */
    @Parameter(property = "migrate.parallel")
    protected Integer parallel;

    /** Fleet: stop starting tenants after the first one fails (tenants already running finish). */
    @Parameter(property = "migrate.failFast", defaultValue = "false")
    protected boolean failFast;

    /**
     * Fleet: run only shard {@code k/n} of the tenants (k from 0 to n-1), chosen by a stable hash of each tenant's
     * name, so that n CI jobs or a Kubernetes indexed Job split the fleet with no coordinator.
     */
    @Parameter(property = "migrate.shard")
    protected String shard;

    /** Skips the goal. */
    @Parameter(property = "migrate.skip", defaultValue = "false")
    protected boolean skip;

    @Parameter(defaultValue = "${settings}", readonly = true)
    protected Settings settings;

    /** The build directory; parsed revision files and the entities' schema are kept in its {@code migrate/}. */
    @Parameter(defaultValue = "${project.build.directory}", readonly = true)
    protected File buildDirectory;

    @Parameter(defaultValue = "${project}", readonly = true)
    protected MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true)
    protected MavenSession session;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    protected MojoExecution mojoExecution;

    private final SettingsDecrypter decrypter;
    private ResultFormat resultFormat = ResultFormat.TEXT;

    protected AbstractMigrateMojo(SettingsDecrypter decrypter) {
        this.decrypter = decrypter;
    }

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping migrate:" + goal() + " (migrate.skip is true)");
            return;
        }
        prepare();
        String notHere = ReactorModule.skipReason(session, project, directory, goal(), readsEntities());
        if (notHere != null) {
            getLog().info(notHere);
            return;
        }
        MigrateSettings settings = migrateSettings();
        Secrets secrets = settings.database().secrets();
        try {
            FleetOptions fleet = fleetOptions();
            // on a fleet, every goal's summary also comes as one JSON document
            List<ResultFormat> offered = formats() == null && fleet.isFleet() ? ResultFormat.TEXT_AND_JSON : formats();
            resultFormat = offered == null ? ResultFormat.TEXT : ResultFormat.parse(format, goal(), offered);
            MavenOutput output = new MavenOutput(getLog(),
                    ResultDestination.fileOrStandardOutput(outputFile == null ? null : outputFile.toPath()));
            if (fleet.isFleet()) {
                runFleet(settings, fleet, output);
            } else {
                run(settings, output);
            }
        } catch (MigrateException e) {
            Exception translated = ErrorTranslator.translate(e, secrets);
            if (translated instanceof MojoFailureException failure) {
                throw failure;
            }
            throw (MojoExecutionException) translated;
        } catch (RuntimeException e) {
            if (ErrorTranslator.leaks(e, secrets)) {
                throw ErrorTranslator.translateUnexpected(e, secrets);
            }
            throw e;
        }
    }

    /** The {@code format} the user asked for, checked against {@link #formats()}. */
    protected ResultFormat resultFormat() {
        return resultFormat;
    }

    /** The formats the goal's result comes in, text first; null when the goal has no result (format is ignored). */
    protected List<ResultFormat> formats() {
        return null;
    }

    /** Whether the goal reads the compiled entities. */
    protected boolean readsEntities() {
        return false;
    }

    /**
     * Runs before the goal's command, after the skip parameter is checked and before the module is judged (so that
     * a module left out still compiles for the modules that depend on it): compiling, for the goals that read
     * classes.
     */
    protected void prepare() throws MojoExecutionException, MojoFailureException {
    }

    /** The goal's name, for messages: the one the user ran. */
    protected final String goal() {
        return mojoExecution.getGoal();
    }

    /** False when this run writes offline SQL and never connects, so credentials are not needed. */
    protected boolean connects() {
        return true;
    }

    /** The goal as it runs on each tenant of a fleet, or null when the goal (or this use of it) cannot. */
    protected FleetGoal fleetGoal() throws MojoExecutionException {
        return null;
    }

    private FleetOptions fleetOptions() {
        return new FleetOptions(schemas, schemasQuery, targetsFile == null ? null : targetsFile.toPath(),
                parallel == null ? FleetOptions.defaultParallel() : parallel, failFast, Shard.parse(shard));
    }

    private void runFleet(MigrateSettings settings, FleetOptions fleet, Output output)
            throws MojoExecutionException {
        FleetGoal goal = fleetGoal();
        if (goal == null) {
            throw new MigrateException(MigrateException.Kind.SETUP, "migrate:" + goal() + " does not run on a fleet "
                    + "(migrate.schemas, migrate.schemasQuery, migrate.targetsFile): upgrade, downgrade, stamp, "
                    + "current, status, check and validate do, and offline SQL (migrate.sql) is written once for "
                    + "all tenants. Leave the fleet parameters out for this goal.");
        }
        new FleetCommand(settings, fleet, this::serverSettings, output).run(goal, resultFormat);
    }

    private DatabaseSettings serverSettings(String id, String tenantUrl) {
        try {
            Server server = ServerCredentials.of(settings, id, decrypter);
            return new DatabaseSettings(tenantUrl, server.getUsername(), server.getPassword(),
                    Duration.ofSeconds(connectTimeout));
        } catch (MojoExecutionException e) {
            throw new MigrateException(MigrateException.Kind.SETUP, e.getMessage());
        }
    }

    /** Runs the goal's command. */
    protected abstract void run(MigrateSettings settings, Output output) throws MojoExecutionException;

    private MigrateSettings migrateSettings() throws MojoExecutionException {
        return new MigrateSettings(database(), directory.toPath(), schema, versionTable,
                lockTimeout < 0 ? Duration.ofSeconds(-1) : Duration.ofSeconds(lockTimeout), cacheDirectory());
    }

    /** {@code target/migrate}, or null when caching is off or there is no build directory. */
    private Path cacheDirectory() {
        return !cache || buildDirectory == null ? null : buildDirectory.toPath().resolve("migrate");
    }

    private DatabaseSettings database() throws MojoExecutionException {
        String user = username;
        String secret = password;
        if (serverId != null && !serverId.isBlank() && connects()) {
            Server decrypted = ServerCredentials.of(settings, serverId, decrypter);
            if (user == null || user.isBlank()) {
                user = decrypted.getUsername();
            }
            if (secret == null) {
                secret = decrypted.getPassword();
            }
        }
        if (connectTimeout < 1) {
            throw new MojoExecutionException("migrate.connectTimeout is " + connectTimeout + ": give the seconds the "
                    + "database may take to accept a connection, at least 1 (the default is "
                    + DatabaseSettings.DEFAULT_CONNECT_TIMEOUT.toSeconds() + ").");
        }
        return new DatabaseSettings(url, user, secret, Duration.ofSeconds(connectTimeout));
    }
}
