package dev.migrate.dialect;

import dev.migrate.database.ConnectionFactory;
import dev.migrate.database.DatabaseException;
import dev.migrate.database.DatabaseSettings;
import dev.migrate.database.SqlErrors;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creating and dropping a throwaway database beside the user's on a database server (PostgreSQL, MariaDB), for
 * {@code migrate:verify}: what the servers share; each database's throwaway says how it spells the statements.
 */
public final class ServerThrowaway {

    /** The statements that drop the database, on a connection to the user's database. */
    @FunctionalInterface
    public interface Dropping {
        void drop(Statement statement) throws SQLException;
    }

    private ServerThrowaway() {
    }

    /**
     * Creates {@code <current database>_verify_<random>} with {@code create database <name><options>}; returns its
     * name. {@code privileges} says what the user needs when the server refuses.
     */
    public static String create(ConnectionFactory connections, String currentDatabaseQuery, String options,
                                String privileges) {
        DatabaseSettings live = connections.settings();
        try (Connection connection = connections.open("verify"); Statement statement = connection.createStatement()) {
            String current;
            try (ResultSet rs = statement.executeQuery(currentDatabaseQuery)) {
                rs.next();
                current = rs.getString(1);
            }
            String name = ThrowawayDatabase.name(current);
            statement.execute("create database " + name + options);
            return name;
        } catch (SQLException e) {
            throw new DatabaseException("Cannot create a throwaway database for migrate:verify at "
                    + live.maskedUrl() + ": " + SqlErrors.message(e, live) + ". " + privileges + ", or give an "
                    + "empty database with -Dmigrate.verifyUrl=<JDBC URL>.");
        }
    }

    /** Drops database {@code name}; a failure says how to drop it by hand. */
    public static void drop(ConnectionFactory connections, String name, Dropping dropping) {
        try (Connection connection = connections.open("verify"); Statement statement = connection.createStatement()) {
            dropping.drop(statement);
        } catch (SQLException | RuntimeException e) {
            throw new DatabaseException("Cannot drop the throwaway database " + name + " at "
                    + connections.settings().maskedUrl() + ": " + (e instanceof SQLException s
                    ? SqlErrors.message(s, connections.settings()) : e.getMessage())
                    + ". Drop it by hand: DROP DATABASE " + name + ";");
        }
    }

    /** The settings of the new database: {@code live}'s credentials on {@code url}. */
    public static DatabaseSettings settings(DatabaseSettings live, String url) {
        return new DatabaseSettings(url, live.username(), live.password(), live.connectTimeout());
    }
}
