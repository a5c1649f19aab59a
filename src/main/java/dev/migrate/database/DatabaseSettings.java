package dev.migrate.database;

import java.time.Duration;

/**
 * Where and as whom to connect.
 *
 * @param url            the JDBC URL; it may carry a password, so show it only through {@link JdbcUrls#mask(String)}
 * @param username       the user, or null to let the URL or driver decide
 * @param password       the password, or null
 * @param connectTimeout how long connecting and logging in may take before the server counts as not answering
 */
public record DatabaseSettings(String url, String username, String password, Duration connectTimeout) {

    /** How long a server may take to accept a connection and a login unless {@code migrate.connectTimeout} says. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(30);

    public DatabaseSettings {
        connectTimeout = connectTimeout == null || connectTimeout.isNegative() || connectTimeout.isZero()
                ? DEFAULT_CONNECT_TIMEOUT : connectTimeout;
    }

    /** Settings with the default connect timeout. */
    public DatabaseSettings(String url, String username, String password) {
        this(url, username, password, DEFAULT_CONNECT_TIMEOUT);
    }

    /** The URL with any password masked, for messages. */
    public String maskedUrl() {
        return JdbcUrls.mask(url);
    }

    /** The passwords of these settings and of their URL, to scrub out of any text before it is shown. */
    public Secrets secrets() {
        return Secrets.of(this);
    }

    @Override
    public String toString() {
        return "DatabaseSettings[url=" + maskedUrl() + ", username=" + username + ", password="
                + (password == null ? "none" : "***") + ", connectTimeout=" + connectTimeout.toSeconds() + "s]";
    }
}
