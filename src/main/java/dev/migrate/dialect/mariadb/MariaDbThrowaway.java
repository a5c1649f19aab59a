package dev.migrate.dialect.mariadb;

import dev.migrate.database.ConnectionFactory;
import dev.migrate.database.DatabaseException;
import dev.migrate.database.DatabaseSettings;
import dev.migrate.database.JdbcUrls;
import dev.migrate.dialect.ServerThrowaway;
import dev.migrate.dialect.ThrowawayDatabase;

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
        String name = ServerThrowaway.create(connections, "select database()", " character set utf8mb4",
                "The user needs the CREATE and DROP privileges on new databases");
        return new ThrowawayDatabase(ServerThrowaway.settings(live, url(live.url(), name)), "MariaDB database " + name,
                null, () -> ServerThrowaway.drop(connections, name, statement -> {
                    statement.execute("set session foreign_key_checks = 0");
                    statement.execute("drop database if exists " + name);
                }));
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
}
