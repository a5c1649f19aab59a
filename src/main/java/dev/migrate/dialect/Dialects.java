package dev.migrate.dialect;

import dev.migrate.database.DatabaseException;
import dev.migrate.database.DatabaseSettings;
import dev.migrate.database.JdbcUrls;
import dev.migrate.database.JdbcUrls.Product;
import dev.migrate.dialect.h2.H2Dialect;
import dev.migrate.dialect.h2.H2Throwaway;
import dev.migrate.dialect.mariadb.MariaDbDialect;
import dev.migrate.dialect.mariadb.MariaDbThrowaway;
import dev.migrate.dialect.postgres.PostgresDialect;
import dev.migrate.dialect.postgres.PostgresThrowaway;

import java.util.List;
import java.util.function.Function;

/** The databases the plugin supports: picks the dialect, and the throwaway database of migrate:verify, for a URL. */
public final class Dialects {

    /** One supported database: the URLs it takes, its dialect, and how to make a throwaway database of its kind. */
    private record Registration(Product product, Function<String, Dialect> dialect,
                                Function<DatabaseSettings, ThrowawayDatabase> throwaway) {
    }

    /** One line per database (MariaDB's package serves MySQL too). */
    private static final List<Registration> DATABASES = List.of(
            new Registration(Product.POSTGRESQL, url -> new PostgresDialect(), PostgresThrowaway::create),
            new Registration(Product.H2, H2Dialect::new, H2Throwaway::create),
            new Registration(Product.MARIADB, url -> new MariaDbDialect(false), MariaDbThrowaway::create),
            new Registration(Product.MYSQL, url -> new MariaDbDialect(true), MariaDbThrowaway::create));

    private Dialects() {
    }

    public static Dialect forUrl(String url) {
        return registration(url).dialect().apply(url);
    }

    /** A throwaway database beside the one {@code live} names (see {@link ThrowawayDatabase#create}). */
    static ThrowawayDatabase throwaway(DatabaseSettings live) {
        return registration(live.url()).throwaway().apply(live);
    }

    private static Registration registration(String url) {
        if (url == null || url.isBlank()) {
            throw new DatabaseException("No database URL is set. Set <url> in the plugin's <configuration> or pass "
                    + "-Dmigrate.url=jdbc:postgresql://host:5432/db (credentials: -Dmigrate.serverId=<settings.xml "
                    + "server id> or migrate.username/migrate.password).");
        }
        Product product = Product.of(url);
        for (Registration registration : DATABASES) {
            if (registration.product() == product) {
                return registration;
            }
        }
        throw new DatabaseException("No dialect for the URL " + JdbcUrls.mask(url) + ": migrate-maven-plugin "
                + "supports PostgreSQL (jdbc:postgresql:), H2 (jdbc:h2:) and MariaDB/MySQL (jdbc:mariadb:, "
                + "jdbc:mysql:). "
                + "Check migrate.url for a typo.");
    }
}
