package dev.migrate.dialect.postgres;

import dev.migrate.database.ConnectionFactory;
import dev.migrate.database.DatabaseException;
import dev.migrate.database.DatabaseSettings;
import dev.migrate.database.JdbcUrls;
import dev.migrate.database.SqlErrors;
import dev.migrate.dialect.ThrowawayDatabase;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A throwaway PostgreSQL database: {@code CREATE DATABASE <name>_verify_<random>} on the user's server. */
public final class PostgresThrowaway {

    private static final Pattern WITH_HOST = Pattern.compile("^(jdbc:postgresql://[^/?]*)(/[^?]*)?(\\?.*)?$");
    private static final Pattern WITHOUT_HOST = Pattern.compile("^(jdbc:postgresql:)([^/?][^?]*)?(\\?.*)?$");
    private static final Pattern CURRENT_SCHEMA = Pattern.compile("[?&]currentSchema=([^&]*)");

    private PostgresThrowaway() {
    }

    public static ThrowawayDatabase create(DatabaseSettings live) {
        ConnectionFactory connections = new ConnectionFactory(live);
        String name;
        try (Connection connection = connections.open("verify"); Statement statement = connection.createStatement()) {
            String current;
            try (ResultSet rs = statement.executeQuery("select current_database()")) {
                rs.next();
                current = rs.getString(1);
            }
            name = ThrowawayDatabase.name(current);
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new DatabaseException("Cannot create a throwaway database for migrate:verify at "
                    + live.maskedUrl() + ": " + SqlErrors.message(e, live) + ". The user needs the CREATEDB "
                    + "privilege, or give an empty database with -Dmigrate.verifyUrl=<JDBC URL>.");
        }
        DatabaseSettings throwaway = new DatabaseSettings(url(live.url(), name), live.username(), live.password(),
                live.connectTimeout());
        return new ThrowawayDatabase(throwaway, "PostgreSQL database " + name, currentSchema(live.url()),
                () -> drop(connections, name));
    }

    /** {@code url} with its database replaced by {@code database}, keeping host, port and parameters. */
    public static String url(String url, String database) {
        Matcher m = WITH_HOST.matcher(url);
        if (!m.matches()) {
            m = WITHOUT_HOST.matcher(url);
            if (!m.matches()) {
                throw new DatabaseException("Cannot read the database name in " + JdbcUrls.mask(url)
                        + "; give the throwaway database with -Dmigrate.verifyUrl=<JDBC URL>.");
            }
            return m.group(1) + database + (m.group(3) == null ? "" : m.group(3));
        }
        return m.group(1) + "/" + database + (m.group(3) == null ? "" : m.group(3));
    }

    /** The first schema of the URL's {@code currentSchema}, which a new database does not have yet; or null. */
    public static String currentSchema(String url) {
        Matcher m = CURRENT_SCHEMA.matcher(url);
        if (!m.find()) {
            return null;
        }
        String first = URLDecoder.decode(m.group(1), StandardCharsets.UTF_8).split(",")[0]
                .strip().replace("\"", "");
        return first.isEmpty() || first.startsWith("$") ? null : first;
    }

    private static void drop(ConnectionFactory connections, String name) {
        try (Connection connection = connections.open("verify"); Statement statement = connection.createStatement()) {
            try {
                statement.execute("drop database if exists " + name + " with (force)");
            } catch (SQLException before13) { // WITH (FORCE) is PostgreSQL 13+
                statement.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + name
                        + "' and pid <> pg_backend_pid()");
                statement.execute("drop database if exists " + name);
            }
        } catch (SQLException | RuntimeException e) {
            throw new DatabaseException("Cannot drop the throwaway database " + name + " at "
                    + connections.settings().maskedUrl() + ": " + (e instanceof SQLException s
                    ? SqlErrors.message(s, connections.settings()) : e.getMessage())
                    + ". Drop it by hand: DROP DATABASE " + name + ";");
        }
    }
}
