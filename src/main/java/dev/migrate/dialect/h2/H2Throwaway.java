package dev.migrate.dialect.h2;

import dev.migrate.database.ConnectionFactory;
import dev.migrate.database.DatabaseSettings;
import dev.migrate.dialect.ThrowawayDatabase;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;

/**
 * A throwaway H2 database: a private in-memory database in the mode of the user's URL. It lives while one
 * connection to it is open, so closing that connection is dropping it.
 */
public final class H2Throwaway {

    /** The URL settings that shape how SQL behaves, kept; the others (files, servers, init scripts) are not. */
    private static final Set<String> MODE_SETTINGS = Set.of("MODE", "DATABASE_TO_LOWER", "DATABASE_TO_UPPER",
            "CASE_INSENSITIVE_IDENTIFIERS", "IGNORECASE", "DEFAULT_NULL_ORDERING", "NON_KEYWORDS",
            "TIME ZONE", "VARIABLE_BINARY", "OLD_INFORMATION_SCHEMA");

    private H2Throwaway() {
    }

    public static ThrowawayDatabase create(DatabaseSettings live) {
        String name = ThrowawayDatabase.name(null);
        StringBuilder url = new StringBuilder("jdbc:h2:mem:" + name);
        String schema = null;
        String[] parts = live.url().split(";");
        for (int i = 1; i < parts.length; i++) {
            String[] kv = parts[i].split("=", 2);
            String key = kv[0].strip().toUpperCase(Locale.ROOT);
            if (MODE_SETTINGS.contains(key)) {
                url.append(';').append(parts[i]);
            } else if (key.equals("SCHEMA") && kv.length == 2) {
                schema = kv[1].strip();
            }
        }
        DatabaseSettings settings = new DatabaseSettings(url.toString(), live.username(), live.password(),
                live.connectTimeout());
        Connection keeper = new ConnectionFactory(settings).open("verify");
        return new ThrowawayDatabase(settings, "H2 in-memory database " + name, schema, () -> close(keeper));
    }

    private static void close(Connection keeper) {
        try {
            keeper.close();
        } catch (SQLException ignored) {
            // the database goes with the JVM anyway
        }
    }
}
