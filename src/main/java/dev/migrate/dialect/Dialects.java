package dev.migrate.dialect;

import dev.migrate.database.DatabaseException;
import dev.migrate.database.JdbcUrls;
import dev.migrate.dialect.postgres.PostgresDialect;
import dev.migrate.dialect.h2.H2Dialect;
import dev.migrate.dialect.mariadb.MariaDbDialect;

/** Picks the dialect for a JDBC URL. */
public final class Dialects {

    private Dialects() {
    }

    public static Dialect forUrl(String url) {
        if (url == null || url.isBlank()) {
            throw new DatabaseException("No database URL is set. Set <url> in the plugin's <configuration> or pass "
                    + "-Dmigrate.url=jdbc:postgresql://host:5432/db (credentials: -Dmigrate.serverId=<settings.xml "
                    + "server id> or migrate.username/migrate.password).");
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return new PostgresDialect();
        }
        if (url.startsWith("jdbc:h2:")) {
            return new H2Dialect(url);
        }
        if (url.startsWith("jdbc:mariadb:")) {
            return new MariaDbDialect(false);
        }
        if (url.startsWith("jdbc:mysql:")) {
            return new MariaDbDialect(true);
        }
        throw new DatabaseException("No dialect for the URL " + JdbcUrls.mask(url) + ": migrate-maven-plugin "
                + "supports PostgreSQL (jdbc:postgresql:), H2 (jdbc:h2:) and MariaDB/MySQL (jdbc:mariadb:, "
                + "jdbc:mysql:). "
                + "Check migrate.url for a typo.");
    }
}
