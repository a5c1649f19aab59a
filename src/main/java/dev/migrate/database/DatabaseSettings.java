package dev.migrate.database;

/**
 * Where and as whom to connect.
 *
 * @param url      the JDBC URL; it may carry a password, so show it only through {@link JdbcUrls#mask(String)}
 * @param username the user, or null to let the URL or driver decide
 * @param password the password, or null
 */
public record DatabaseSettings(String url, String username, String password) {

    /** The URL with any password masked, for messages. */
    public String maskedUrl() {
        return JdbcUrls.mask(url);
    }

    @Override
    public String toString() {
        return "DatabaseSettings[url=" + maskedUrl() + ", username=" + username + ", password="
                + (password == null ? "none" : "***") + "]";
    }
}
