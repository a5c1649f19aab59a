package dev.migrate.dialect.postgres;

import dev.migrate.database.ConnectionFactory;
import dev.migrate.database.DatabaseSettings;
import dev.migrate.database.DatabaseException;
import dev.migrate.database.JdbcUrls;
import dev.migrate.dialect.ServerThrowaway;
import dev.migrate.dialect.ThrowawayDatabase;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
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
        String name = ServerThrowaway.create(connections, "select current_database()", "",
                "The user needs the CREATEDB privilege");
        return new ThrowawayDatabase(ServerThrowaway.settings(live, url(live.url(), name)), "PostgreSQL database "
                + name, currentSchema(live.url()), () -> ServerThrowaway.drop(connections, name, statement -> {
                    try {
                        statement.execute("drop database if exists " + name + " with (force)");
                    } catch (SQLException before13) { // WITH (FORCE) is PostgreSQL 13+
                        statement.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '"
                                + name + "' and pid <> pg_backend_pid()");
                        statement.execute("drop database if exists " + name);
                    }
                }));
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
}
