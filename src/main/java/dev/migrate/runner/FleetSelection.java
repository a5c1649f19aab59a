package dev.migrate.runner;

import dev.migrate.MigrateException;
import dev.migrate.database.ConnectionFactory;
import dev.migrate.database.DatabaseException;
import dev.migrate.database.DatabaseSettings;
import dev.migrate.database.SqlErrors;
import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.Dialects;
import dev.migrate.diff.TablePatterns;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns {@link FleetOptions} into the tenants of this run: schema patterns resolved against the catalog, the
 * schemas a query names, or the databases of a targets file, then the run's shard of them. The connection it opens
 * is closed before any tenant runs.
 */
public final class FleetSelection {

    private static final Set<String> SYSTEM = Set.of("information_schema", "pg_catalog", "pg_toast", "mysql",
            "performance_schema", "sys");

    private FleetSelection() {
    }

    /** The tenants of this run, in a stable order (names sorted as the catalog or the file gives them). */
    public static List<Tenant> select(FleetOptions options, DatabaseSettings fleetSettings) {
        if (options.targetsFile() != null) {
            return options.shard().of(TargetsFile.read(options.targetsFile()));
        }
        ConnectionFactory fleetDatabase = new ConnectionFactory(fleetSettings);
        Dialect dialect = Dialects.forUrl(fleetSettings.url());
        List<Tenant> fleet;
        String described;
        if (options.schemasQuery() != null) {
            fleet = query(options.schemasQuery(), fleetDatabase).stream().map(Tenant::schema).toList();
            described = "migrate.schemasQuery";
            for (Tenant tenant : fleet) {
                SchemaSession.checkName("schema name returned by migrate.schemasQuery", tenant.name());
            }
        } else {
            fleet = matching(options.schemas(), wildcards(options.schemas()) ? schemas(fleetDatabase)
                    : List.of(), dialect).stream().map(Tenant::schema).toList();
            described = "migrate.schemas " + String.join(",", options.schemas());
        }
        if (fleet.isEmpty()) {
            throw new MigrateException(MigrateException.Kind.SETUP, "The fleet is empty: " + described
                    + " names no schema on " + fleetDatabase.settings().maskedUrl() + ". Check the names or patterns "
                    + "(* stands for any characters, ? for one).");
        }
        return options.shard().of(fleet);
    }

    /** The names that {@code patterns} give: plain names as they are, patterns matched against {@code catalog}. */
    static List<String> matching(List<String> patterns, List<String> catalog, Dialect dialect) {
        Set<String> chosen = new LinkedHashSet<>();
        for (String pattern : patterns) {
            if (!isPattern(pattern)) {
                chosen.add(dialect.fold(SchemaSession.checkName("migrate.schemas", pattern)));
                continue;
            }
            Pattern regex = glob(dialect.fold(pattern));
            for (String name : catalog) {
                if (regex.matcher(name).matches() && !SYSTEM.contains(name.toLowerCase(Locale.ROOT))
                        && !name.toLowerCase(Locale.ROOT).startsWith("pg_")) {
                    chosen.add(name);
                }
            }
        }
        return List.copyOf(chosen);
    }

    private static boolean wildcards(List<String> patterns) {
        return patterns.stream().anyMatch(FleetSelection::isPattern);
    }

    private static boolean isPattern(String name) {
        return name.indexOf('*') >= 0 || name.indexOf('?') >= 0;
    }

    private static Pattern glob(String pattern) {
        return Pattern.compile(TablePatterns.regex(pattern));
    }

    /**
     * Every schema of the database (MariaDB: every database of the server) as the catalog stores the names, sorted:
     * {@code information_schema.schemata} has them on all three databases.
     */
    private static List<String> schemas(ConnectionFactory database) {
        List<String> names = new ArrayList<>();
        try (Connection connection = database.open("fleet"); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "select schema_name from information_schema.schemata order by schema_name")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
            return names;
        } catch (SQLException e) {
            throw new DatabaseException("Cannot list the schemas of " + database.settings().maskedUrl() + ": "
                    + SqlErrors.firstLine(e.getMessage()));
        }
    }

    private static List<String> query(String sql, ConnectionFactory database) {
        List<String> names = new ArrayList<>();
        try (Connection connection = database.open("fleet"); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                String name = rows.getString(1);
                if (name != null && !names.contains(name)) {
                    names.add(name);
                }
            }
        } catch (SQLException e) {
            throw new DatabaseException("migrate.schemasQuery failed on " + database.settings().maskedUrl() + ": "
                    + SqlErrors.firstLine(e.getMessage()) + ". It must be a query whose first column is a schema "
                    + "name, e.g. select schema_name from tenants where active.");
        }
        return names;
    }
}
