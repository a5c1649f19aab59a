package dev.migrate.testing;

import dev.migrate.database.DatabaseSettings;
import org.junit.jupiter.api.Assumptions;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fresh, empty namespace on a real database for one test, removed on close: a schema on PostgreSQL (made the
 * connection's current schema through the URL), a private in-memory database on H2, a database on MariaDB.
 * An unreachable server skips the test loudly, or fails it with {@code -Dmigrate.test.requireDatabases=true}.
 */
public final class TestDatabase implements AutoCloseable {

    public static final String PG_URL = System.getProperty("migrate.test.pgUrl", "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String PG_USER = System.getProperty("migrate.test.pgUser", "postgres");
    public static final String MARIADB_URL = System.getProperty("migrate.test.mariadbUrl",
            "jdbc:mariadb://127.0.0.1:3306/test");
    public static final String MARIADB_USER = System.getProperty("migrate.test.mariadbUser", "root");
    /** Passwords for servers that need one ({@code -Dmigrate.test.pgPassword=}, {@code -Dmigrate.test.mariadbPassword=}). */
    public static final String PG_PASSWORD = System.getProperty("migrate.test.pgPassword", "");
    public static final String MARIADB_PASSWORD = System.getProperty("migrate.test.mariadbPassword", "");

    private final DatabaseKind kind;
    private final String name;
    private final String url;
    private final String user;
    private final List<Connection> opened = new ArrayList<>();
    /** The test's unique name (the schema or database, on H2 the in-memory database), prefix of its extra ones. */
    private final String unique;
    private final Map<String, String> namespaces = new LinkedHashMap<>();

    private TestDatabase(DatabaseKind kind, String name, String url, String user) {
        this(kind, name, url, user, name);
    }

    private TestDatabase(DatabaseKind kind, String name, String url, String user, String unique) {
        this.kind = kind;
        this.name = name;
        this.url = url;
        this.user = user;
        this.unique = unique;
    }

    public static TestDatabase create(DatabaseKind kind) {
        String name = "mt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        switch (kind) {
            case H2:
                return new TestDatabase(kind, "PUBLIC", "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", name);
            case POSTGRESQL:
                admin(kind, "create schema " + name);
                return new TestDatabase(kind, name, PG_URL + (PG_URL.contains("?") ? "&" : "?") + "currentSchema="
                        + name, PG_USER);
            case MARIADB:
                admin(kind, "create database " + name);
                return new TestDatabase(kind, name, MARIADB_URL.replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1"),
                        MARIADB_USER);
            default:
                throw new IllegalArgumentException(kind.toString());
        }
    }

    /** Runs {@code sql} on the server's maintenance connection; skips (or fails) when the server is down. */
    public static void admin(DatabaseKind kind, String sql) {
        try (Connection c = serverConnection(kind); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(kind + ": " + sql + ": " + e.getMessage(), e);
        }
    }

    /** The password for {@code kind}'s server ({@code -Dmigrate.test.pgPassword=} etc.); empty when none. */
    public static String password(DatabaseKind kind) {
        return switch (kind) {
            case POSTGRESQL -> PG_PASSWORD;
            case MARIADB -> MARIADB_PASSWORD;
            case H2 -> "";
        };
    }

    /** The database a server URL names ({@code test} in {@code jdbc:postgresql://host:5432/test?x=y}). */
    public static String databaseName(String jdbcUrl) {
        Matcher m = Pattern.compile("^jdbc:[a-z]+://[^/]*/([^/?;]*)").matcher(jdbcUrl);
        if (!m.find() || m.group(1).isEmpty()) {
            throw new IllegalArgumentException("no database name in " + jdbcUrl);
        }
        return m.group(1);
    }

    /** A new connection to {@code kind}'s server as the URL names it (PostgreSQL: its database; MariaDB: its own). */
    public static Connection serverConnection(DatabaseKind kind) {
        String url = kind == DatabaseKind.POSTGRESQL ? PG_URL : MARIADB_URL;
        String user = kind == DatabaseKind.POSTGRESQL ? PG_USER : MARIADB_USER;
        try {
            return DriverManager.getConnection(url, user, password(kind));
        } catch (SQLException e) {
            String message = "*** " + kind + " is not reachable at " + url + " (" + e.getMessage()
                    + "): skipping the test. Start the server or pass -Dmigrate.test."
                    + (kind == DatabaseKind.POSTGRESQL ? "pgUrl" : "mariadbUrl") + "=... ***";
            if (Boolean.getBoolean("migrate.test.requireDatabases")) {
                throw new IllegalStateException(message.replace("skipping the test", "and "
                        + "-Dmigrate.test.requireDatabases=true"), e);
            }
            System.err.println(message);
            Assumptions.abort(message);
            return null;
        }
    }

    public DatabaseKind kind() {
        return kind;
    }

    /**
     * The name, unique to this test, that stands for the schema (MariaDB: database) {@code logical} that entities
     * name: {@code <unique name>_<logical>}, so that concurrent tests never share one. It is dropped on close,
     * whoever created it.
     */
    public String namespace(String logical) {
        return namespaces.computeIfAbsent(logical, l -> unique + "_" + l.toLowerCase(Locale.ROOT));
    }

    /** The extra schemas given out by {@link #namespace}, by the logical name they stand for. */
    public Map<String, String> namespaces() {
        return Collections.unmodifiableMap(namespaces);
    }

    /** Creates the schema (MariaDB: database) {@link #namespace} gives for {@code logical}. */
    public String createNamespace(String logical) {
        String namespace = namespace(logical);
        execute(kind == DatabaseKind.MARIADB ? "create database " + namespace : "create schema " + namespace);
        return namespace;
    }

    /** The schema (PostgreSQL), database (MariaDB) or {@code PUBLIC} (H2) the test works in. */
    public String schema() {
        return name;
    }

    public String url() {
        return url;
    }

    public DatabaseSettings settings() {
        return new DatabaseSettings(url, user, kind == DatabaseKind.H2 ? "" : password(kind).isEmpty() ? null
                : password(kind));
    }

    /** The user the test connects as. */
    public String user() {
        return user;
    }

    /** A new connection to the test's namespace, closed with the database. */
    public Connection connect() {
        try {
            Connection c = DriverManager.getConnection(url, user, password(kind));
            opened.add(c);
            return c;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void execute(String... sql) {
        try (Connection c = DriverManager.getConnection(url, user, password(kind)); Statement s = c.createStatement()) {
            for (String statement : sql) {
                s.execute(statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Rows of a query as lists of strings. */
    public List<List<String>> query(String sql) {
        List<List<String>> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, user, password(kind)); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(rs.getString(i));
                }
                rows.add(row);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        return rows;
    }

    /** The single column of a query. */
    public List<String> column(String sql) {
        return query(sql).stream().map(r -> r.get(0)).toList();
    }

    /** Table names in the namespace, lower-cased and sorted. */
    public List<String> tables() {
        String sql = switch (kind) {
            case POSTGRESQL -> "select tablename from pg_tables where schemaname = '" + name + "'";
            case H2 -> "select table_name from information_schema.tables where table_schema = 'PUBLIC'";
            case MARIADB -> "select table_name from information_schema.tables where table_schema = '" + name + "'";
        };
        return column(sql).stream().map(t -> t.toLowerCase(Locale.ROOT)).sorted().toList();
    }

    /** Drops a MariaDB database that foreign keys may reach from another one. */
    private static void dropWithoutForeignKeyChecks(String database) {
        try (Connection c = serverConnection(DatabaseKind.MARIADB); Statement s = c.createStatement()) {
            s.execute("set session foreign_key_checks = 0");
            s.execute("drop database if exists " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("MARIADB: drop database " + database + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        for (Connection c : opened) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing
            }
        }
        for (String namespace : namespaces.values()) {
            switch (kind) {
                case POSTGRESQL -> admin(kind, "drop schema if exists " + namespace + " cascade");
                case MARIADB -> dropWithoutForeignKeyChecks(namespace);
                default -> { } // the in-memory database goes as a whole
            }
        }
        switch (kind) {
            case H2 -> execute("shutdown");
            case POSTGRESQL -> admin(kind, "drop schema if exists " + name + " cascade");
            case MARIADB -> admin(kind, "drop database if exists " + name);
            default -> { }
        }
    }
}
