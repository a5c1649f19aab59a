package dev.migrate.database;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.ServiceLoader;

/**
 * Opens JDBC connections with the drivers visible to the plugin (its own and those added as plugin dependencies),
 * turning every failure into one clear message with the URL's password masked.
 */
public final class ConnectionFactory {

    private static final String APPLICATION = "migrate-maven-plugin";
    /** URL prefix, database, and the URL's form, of the drivers the plugin bundles. */
    private static final String[][] BUNDLED = {
        {"jdbc:postgresql:", "PostgreSQL", "jdbc:postgresql://host:5432/database"},
        {"jdbc:h2:", "H2", "jdbc:h2:mem:name, jdbc:h2:file:/path/name or jdbc:h2:tcp://host/name"},
        {"jdbc:mariadb:", "MariaDB", "jdbc:mariadb://host:3306/database"},
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
        if (url.startsWith("jdbc:postgresql:")) {
            properties.setProperty("ApplicationName", APPLICATION + " " + purpose + " " + Environment.who());
        }
        try {
            Connection connection = driver.connect(url, properties);
            if (connection == null) {
                throw new DatabaseException("The JDBC driver " + driver.getClass().getName() + " refused the URL "
                        + settings.maskedUrl() + ". Check migrate.url.");
            }
            return connection;
        } catch (SQLException e) {
            throw connectFailure(e);
        }
    }

    private DatabaseException connectFailure(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String message = SqlErrors.message(e, settings.password());
        String who = settings.username() == null ? "" : " as user '" + settings.username() + "'";
        if (state.equals("28P01") || state.equals("28000") || state.startsWith("28")
                || message.contains("Access denied") || message.contains("Wrong user name or password")) {
            return new DatabaseException("Authentication failed connecting to " + settings.maskedUrl() + who + ": "
                    + message + ". Check the credentials (migrate.serverId in settings.xml, or migrate.username "
                    + "and migrate.password).");
        }
        String unknownHost = unknownHost(e);
        if (unknownHost != null) {
            return new DatabaseException("Cannot connect to " + settings.maskedUrl() + who + ": unknown host '"
                    + unknownHost + "'. Check the host name in migrate.url (and that DNS or the VPN that knows it is "
                    + "available).");
        }
        if (state.startsWith("08") || message.contains("Connection refused") || message.contains("UnknownHost")) {
            return new DatabaseException("Cannot connect to " + settings.maskedUrl() + who + ": " + message
                    + ". Check that the database server is running and that migrate.url names the right host and "
                    + "port.");
        }
        return new DatabaseException("Cannot connect to " + settings.maskedUrl() + who + ": " + message
                + (state.isEmpty() ? "" : " (SQL state " + state + ")") + ". Check migrate.url and the credentials.");
    }

    /** The host name a failure could not resolve, found among its causes, or null. */
    private static String unknownHost(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof java.net.UnknownHostException) {
                return t.getMessage();
            }
        }
        return null;
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
        if (url.startsWith("jdbc:mysql:")) {
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
