package dev.migrate.database;

import java.net.SocketTimeoutException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * How long connecting and logging in may take ({@code migrate.connectTimeout}), told to each driver in its own terms
 * and never overriding a timeout the URL already sets. PostgreSQL: {@code connectTimeout} (the TCP connect),
 * {@code loginTimeout} (the whole login) and {@code socketTimeout} during the login only, so that the driver's login
 * thread ends too; MariaDB: {@code connectTimeout}, which bounds the handshake as well. H2 has no such setting, so a
 * {@code tcp://} or {@code ssl://} connection is opened on a thread of its own and given up after the timeout.
 */
final class ConnectTimeouts {

    /** Opens a connection and may fail the way a driver does. */
    interface Attempt {
        Connection connect() throws SQLException;
    }

    private enum Driver { POSTGRESQL, MARIADB, H2_SERVER, OTHER }

    private final String url;
    private final Duration timeout;
    private final Driver driver;
    private boolean socketTimeoutForLoginOnly;
    /** The timeouts the URL sets itself, kept as they are. */
    private final List<String> keptFromUrl = new ArrayList<>();

    private ConnectTimeouts(String url, Duration timeout, Driver driver) {
        this.url = url;
        this.timeout = timeout;
        this.driver = driver;
    }

    static ConnectTimeouts of(String url, Duration timeout) {
        Driver driver = JdbcUrls.Product.POSTGRESQL.names(url) ? Driver.POSTGRESQL
                : JdbcUrls.Product.MARIADB.names(url) || JdbcUrls.Product.MYSQL.names(url) ? Driver.MARIADB
                : JdbcUrls.isH2Server(url) ? Driver.H2_SERVER
                : Driver.OTHER;
        return new ConnectTimeouts(url, timeout, driver);
    }

    long seconds() {
        return timeout.toSeconds();
    }

    /** How long the server had, for messages: migrate.connectTimeout, and the URL's own timeouts where it sets them. */
    String limit() {
        String own = seconds() + " s (migrate.connectTimeout)";
        return keptFromUrl.isEmpty() ? "within " + own
                : "within the timeouts of migrate.url (" + String.join(", ", keptFromUrl) + ") or " + own;
    }

    /** Adds the driver's timeout properties that the URL does not set itself. */
    void addTo(Properties properties) {
        String seconds = String.valueOf(Math.max(1, timeout.toSeconds()));
        switch (driver) {
            case POSTGRESQL -> {
                setUnlessInUrl(properties, "connectTimeout", seconds);
                setUnlessInUrl(properties, "loginTimeout", seconds);
                socketTimeoutForLoginOnly = setUnlessInUrl(properties, "socketTimeout", seconds);
            }
            case MARIADB -> setUnlessInUrl(properties, "connectTimeout", String.valueOf(timeout.toMillis()));
            case H2_SERVER, OTHER -> {
            }
        }
    }

    /** Runs {@code attempt}, on a thread of its own given up after the timeout where the driver has no setting. */
    Connection bounded(Attempt attempt) throws SQLException {
        if (driver != Driver.H2_SERVER) {
            return attempt.connect();
        }
        CompletableFuture<Connection> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(attempt.connect());
            } catch (Throwable failure) {
                result.completeExceptionally(failure);
            }
        }, "migrate-maven-plugin connect");
        thread.setDaemon(true);
        thread.start();
        try {
            return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            result.thenAccept(ConnectTimeouts::closeQuietly);
            thread.interrupt();
            throw new SQLTimeoutException("no answer within " + seconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while connecting", "08001");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Lifts the socket timeout that bounded the login, so that a long statement is not cut off later. */
    void afterLogin(Connection connection) throws SQLException {
        if (socketTimeoutForLoginOnly) {
            connection.setNetworkTimeout(Runnable::run, 0);
        }
    }

    /** True when {@code failure} is a connect or login timeout. */
    boolean firedIn(SQLException failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLTimeoutException || t instanceof SocketTimeoutException
                    || "Connection attempt timed out.".equals(t.getMessage())) {
                return true;
            }
        }
        return false;
    }

    /** The host:port (or the list of them) that the URL names, for messages. */
    String server() {
        int defaultPort = switch (driver) {
            case POSTGRESQL -> 5432;
            case MARIADB -> 3306;
            case H2_SERVER -> 9092;
            case OTHER -> -1;
        };
        int start = url.indexOf("//");
        if (start < 0) {
            return "localhost" + (defaultPort < 0 ? "" : ":" + defaultPort);
        }
        String rest = url.substring(start + 2);
        int end = 0;
        while (end < rest.length() && "/?;".indexOf(rest.charAt(end)) < 0) {
            end++;
        }
        String authority = rest.substring(0, end);
        authority = authority.substring(authority.lastIndexOf('@') + 1);
        List<String> servers = new ArrayList<>();
        for (String host : authority.split(",")) {
            boolean hasPort = host.startsWith("[") ? host.contains("]:") : host.contains(":");
            servers.add(hasPort || defaultPort < 0 || host.isEmpty() ? host : host + ":" + defaultPort);
        }
        return String.join(",", servers);
    }

    private boolean setUnlessInUrl(Properties properties, String name, String value) {
        if (Pattern.compile("(?i)[?&;]" + name + "\\s*=").matcher(url).find()) {
            keptFromUrl.add(name);
            return false;
        }
        properties.setProperty(name, value);
        return true;
    }

    private static void closeQuietly(Connection late) {
        try {
            late.close();
        } catch (SQLException ignored) {
            // a connection that arrived after the run gave up on it is of no use
        }
    }
}
