package dev.migrate.dialect.mariadb;

import dev.migrate.database.ConnectionFactory;
import dev.migrate.database.DatabaseException;
import dev.migrate.database.DatabaseSettings;
import dev.migrate.database.JdbcUrls;
import dev.migrate.database.SqlErrors;
import dev.migrate.dialect.ThrowawayDatabase;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A throwaway MariaDB/MySQL database: {@code CREATE DATABASE <name>_verify_<random>} on the user's server. */
public final class MariaDbThrowaway {

    private static final Pattern URL = Pattern.compile(
            "^(jdbc:(?:mariadb|mysql):(?:[a-z:]+:)?//[^/?]*)(/[^?]*)?(\\?.*)?$");

    private MariaDbThrowaway() {
    }

    public static ThrowawayDatabase create(DatabaseSettings live) {
        ConnectionFactory connections = new ConnectionFactory(live);
        String name;
        try (Connection connection = connections.open("verify"); Statement statement = connection.createStatement()) {
            String current;
            try (ResultSet rs = statement.executeQuery("select database()")) {
                rs.next();
                current = rs.getString(1);
            }
            name = ThrowawayDatabase.name(current);
            statement.execute("create database " + name + " character set utf8mb4");
        } catch (SQLException e) {
            throw new DatabaseException("Cannot create a throwaway database for migrate:verify at "
                    + live.maskedUrl() + ": " + SqlErrors.message(e, live) + ". The user needs the CREATE and DROP "
                    + "privileges on new databases, or give an empty database with -Dmigrate.verifyUrl=<JDBC URL>.");
        }
        DatabaseSettings throwaway = new DatabaseSettings(url(live.url(), name), live.username(), live.password(),
                live.connectTimeout());
        return new ThrowawayDatabase(throwaway, "MariaDB database " + name, null, () -> drop(connections, name));
    }

    /** {@code url} with its database replaced by {@code database}, keeping host, port and parameters. */
    public static String url(String url, String database) {
        Matcher m = URL.matcher(url);
        if (!m.matches()) {
            throw new DatabaseException("Cannot read the database name in " + JdbcUrls.mask(url)
                    + "; give the throwaway database with -Dmigrate.verifyUrl=<JDBC URL>.");
        }
        return m.group(1) + "/" + database + (m.group(3) == null ? "" : m.group(3));
    }

    private static void drop(ConnectionFactory connections, String name) {
        try (Connection connection = connections.open("verify"); Statement statement = connection.createStatement()) {
            statement.execute("set session foreign_key_checks = 0");
            statement.execute("drop database if exists " + name);
        } catch (SQLException | RuntimeException e) {
            throw new DatabaseException("Cannot drop the throwaway database " + name + " at "
                    + connections.settings().maskedUrl() + ": " + (e instanceof SQLException s
                    ? SqlErrors.message(s, connections.settings()) : e.getMessage())
                    + ". Drop it by hand: DROP DATABASE " + name + ";");
        }
    }
}
