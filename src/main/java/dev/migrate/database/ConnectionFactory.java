package dev.migrate.database;

import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Opens JDBC connections with the drivers visible to the plugin (its own and those added as plugin dependencies),
 * turning every failure into one clear message with the URL's password masked.
 */
public final class ConnectionFactory {

    private static final String APPLICATION = "migrate-maven-plugin";
    /** H2's DATABASE_ALREADY_OPEN_1: an embedded file database that another process has open. */
    private static final int H2_DATABASE_IN_USE = 90020;
    /**
     * PgJDBC logs a URL it cannot parse whole, password included, through java.util.logging, which Maven prints to the
     * console; every connection failure is reported by this class instead. Held here so the level is not collected.
     */
    private static final Logger PGJDBC_LOG = Logger.getLogger("org.postgresql");

    static {
        if (PGJDBC_LOG.getLevel() == null) {
            PGJDBC_LOG.setLevel(Level.OFF);
        }
    }

    /** URL prefix, database, and the URL's form, of the drivers the plugin bundles. */
    private static final String[][] BUNDLED = {
        {JdbcUrls.Product.POSTGRESQL.prefix(), "PostgreSQL", "jdbc:postgresql://host:5432/database"},
        {JdbcUrls.Product.H2.prefix(), "H2", "jdbc:h2:mem:name, jdbc:h2:file:/path/name or jdbc:h2:tcp://host/name"},
        {JdbcUrls.Product.MARIADB.prefix(), "MariaDB", "jdbc:mariadb://host:3306/database"},
    };
    private final DatabaseSettings settings;
    private final Driver driver;

    public ConnectionFactory(DatabaseSettings settings) {
        if (settings.url() == null || settings.url().isBlank()) {
            throw new DatabaseException("No database URL is set. Set <url> in the plugin's <configuration> or pass "
                    + "-Dmigrate.url=jdbc:postgresql://host:5432/db (credentials: -Dmigrate.serverId=<settings.xml "
                    + "server id> or migrate.username/migrate.password).");
        }
        this.settings = settings;
        refuseUserInfo(settings);
        this.driver = findDriver(settings.url());
    }

    public DatabaseSettings settings() {
        return settings;
    }

    /** Opens a connection, naming the application so that lock holders can be told apart. */
    public Connection open(String purpose) {
        Properties properties = new Properties();
        if (settings.username() != null && !settings.username().isEmpty()) {
            properties.setProperty("user", settings.username());
        }
        if (settings.password() != null) {
            properties.setProperty("password", settings.password());
        }
        String url = settings.url();
        if (JdbcUrls.Product.POSTGRESQL.names(url)) {
            properties.setProperty("ApplicationName", APPLICATION + " " + purpose + " " + Environment.who());
        }
        ConnectTimeouts timeouts = ConnectTimeouts.of(url, settings.connectTimeout());
        timeouts.addTo(properties);
        try {
            Connection connection = timeouts.bounded(() -> driver.connect(url, properties));
            if (connection == null) {
                throw new DatabaseException("The JDBC driver " + driver.getClass().getName() + " refused the URL "
                        + settings.maskedUrl() + ". Check migrate.url.");
            }
            timeouts.afterLogin(connection);
            return connection;
        } catch (SQLException e) {
            throw connectFailure(e, timeouts);
        }
    }

    private DatabaseException connectFailure(SQLException e, ConnectTimeouts timeouts) {
        Secrets secrets = settings.secrets();
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String message = secrets.scrub(SqlErrors.firstLine(e.getMessage()));
        String who = settings.username() == null ? "" : " as user '" + settings.username() + "'";
        if (timeouts.firedIn(e)) {
            return new DatabaseException(secrets.scrub("Cannot connect to " + settings.maskedUrl() + who + ": "
                    + timeouts.server() + " did not answer " + timeouts.limit() + ". Check the host and port in "
                    + "migrate.url and that the server is up and reachable from this machine (network, firewall, "
                    + "VPN); if it is only slow, raise -Dmigrate.connectTimeout=<seconds>."));
        }
        if (state.equals("28P01") || state.equals("28000") || state.startsWith("28")
                || message.contains("Access denied") || message.contains("Wrong user name or password")) {
            return new DatabaseException(secrets.scrub("Authentication failed connecting to " + settings.maskedUrl()
                    + who + ": " + message + ". Check the credentials (migrate.serverId in settings.xml, or "
                    + "migrate.username and migrate.password)."));
        }
        if (e.getErrorCode() == H2_DATABASE_IN_USE && JdbcUrls.Product.H2.names(settings.url())) {
            int end = message.indexOf(". Possible solutions");
            return new DatabaseException(secrets.scrub("Cannot open the H2 database " + settings.maskedUrl()
                    + ": another process has it open (" + (end < 0 ? message : message.substring(0, end)) + "). A "
                    + "jdbc:h2:file: database belongs to the one process that opened it. Stop that process (an "
                    + "application, an IDE's database view, another build), or append ;AUTO_SERVER=TRUE to the URL "
                    + "in every process that opens the database, that one included (the first to open it then serves "
                    + "the others), or run an H2 TCP server and use jdbc:h2:tcp://host:9092/<path>."));
        }
        String unknownHost = unknownHost(e);
        if (unknownHost != null) {
            return new DatabaseException(secrets.scrub("Cannot connect to " + settings.maskedUrl() + who
                    + ": unknown host '" + unknownHost + "'. Check the host name in migrate.url (and that DNS or the "
                    + "VPN that knows it is available)."));
        }
        if (state.startsWith("08") || message.contains("Connection refused") || message.contains("UnknownHost")) {
            return new DatabaseException(secrets.scrub("Cannot connect to " + settings.maskedUrl() + who + ": "
                    + message + ". Check that the database server is running and that migrate.url names the right "
                    + "host and port."));
        }
        return new DatabaseException(secrets.scrub("Cannot connect to " + settings.maskedUrl() + who + ": " + message
                + (state.isEmpty() ? "" : " (SQL state " + state + ")") + ". Check migrate.url and the credentials."));
    }

    /** The host name a failure could not resolve, found among its causes, or null. */
    private static String unknownHost(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException) {
                return t.getMessage();
            }
        }
        return null;
    }

    /**
     * PostgreSQL's and MariaDB's drivers read no credentials before the host: they would take
     * {@code user:password@host} for a host name or a port, and try to connect there.
     */
    private static void refuseUserInfo(DatabaseSettings settings) {
        String url = settings.url();
        for (String[] bundled : BUNDLED) {
            if (url.startsWith(bundled[0]) && !JdbcUrls.Product.H2.names(bundled[0]) && JdbcUrls.hasUserInfo(url)) {
                throw new DatabaseException(settings.secrets().scrub("The URL " + settings.maskedUrl() + " puts "
                        + "credentials before the host (user:password@host), which the " + bundled[1] + " JDBC driver "
                        + "does not read: it would take them for the host name or the port. Write the URL as "
                        + bundled[2] + " and give the credentials as migrate.serverId (settings.xml) or "
                        + "migrate.username and migrate.password."));
            }
        }
    }

    private static Driver findDriver(String url) {
        List<String> seen = new ArrayList<>();
        for (ClassLoader loader : loaders()) {
            for (Driver candidate : ServiceLoader.load(Driver.class, loader)) {
                seen.add(candidate.getClass().getName());
                try {
                    if (candidate.acceptsURL(url)) {
                        return candidate;
                    }
                } catch (SQLException ignored) {
                    // a driver that cannot judge the URL does not take it
                }
            }
        }
        for (String[] bundled : BUNDLED) {
            if (url.startsWith(bundled[0])) {
                throw new DatabaseException("The " + bundled[1] + " JDBC driver does not accept the URL "
                        + JdbcUrls.mask(url) + ": it is malformed. Write it as " + bundled[2] + " in migrate.url.");
            }
        }
        if (JdbcUrls.Product.MYSQL.names(url)) {
            throw new DatabaseException("No JDBC driver accepts the URL " + JdbcUrls.mask(url) + ": the plugin "
                    + "bundles no MySQL driver. Write the URL as jdbc:mariadb://host:3306/database (the bundled "
                    + "MariaDB driver talks to MySQL too), or add com.mysql:mysql-connector-j as a <dependency> of the "
                    + "plugin in your pom.");
        }
        throw new DatabaseException("No JDBC driver accepts the URL " + JdbcUrls.mask(url) + ". The plugin bundles "
                + "PostgreSQL, H2 and MariaDB drivers; for another database add its driver as a <dependency> of the "
                + "plugin in your pom. Check the URL's prefix (jdbc:postgresql:, jdbc:h2:, jdbc:mariadb:).");
    }

    private static List<ClassLoader> loaders() {
        List<ClassLoader> loaders = new ArrayList<>();
        loaders.add(ConnectionFactory.class.getClassLoader());
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        if (context != null && context != loaders.get(0)) {
            loaders.add(context);
        }
        return loaders;
    }
}
