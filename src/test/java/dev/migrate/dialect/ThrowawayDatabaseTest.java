package dev.migrate.dialect;

import dev.migrate.database.DatabaseSettings;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.TestDatabase;
import dev.migrate.dialect.postgres.PostgresThrowaway;
import dev.migrate.dialect.mariadb.MariaDbThrowaway;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The throwaway databases of {@code migrate:verify}: where they are, and that they go even when the JVM is killed. */
class ThrowawayDatabaseTest {

    @Test
    void postgresUrlKeepsHostPortAndParameters() {
        assertEquals("jdbc:postgresql://db:5432/app_verify_1?currentSchema=s&ssl=true",
                PostgresThrowaway.url("jdbc:postgresql://db:5432/app?currentSchema=s&ssl=true", "app_verify_1"));
        assertEquals("jdbc:postgresql://db/x", PostgresThrowaway.url("jdbc:postgresql://db", "x"));
        assertEquals("jdbc:postgresql://db/x", PostgresThrowaway.url("jdbc:postgresql://db/", "x"));
        assertEquals("jdbc:postgresql:x?user=u", PostgresThrowaway.url("jdbc:postgresql:app?user=u", "x"));
        assertEquals("s", PostgresThrowaway.currentSchema("jdbc:postgresql://db/app?currentSchema=s,public"));
        assertNull(PostgresThrowaway.currentSchema("jdbc:postgresql://db/app?currentSchema=$user"));
        assertNull(PostgresThrowaway.currentSchema("jdbc:postgresql://db/app"));
    }

    @Test
    void mariaDbUrlKeepsHostPortAndParameters() {
        assertEquals("jdbc:mariadb://db:3306/x?useSsl=true",
                MariaDbThrowaway.url("jdbc:mariadb://db:3306/app?useSsl=true", "x"));
        assertEquals("jdbc:mysql://db/x", MariaDbThrowaway.url("jdbc:mysql://db", "x"));
    }

    @Test
    void namesAreLowerCaseAndFitPostgresLimit() {
        String name = ThrowawayDatabase.name("My-App".repeat(20));
        assertTrue(name.matches("[a-z_]{47}_verify_[0-9a-f]{8}"), name);
        assertTrue(ThrowawayDatabase.name("app").matches("app_verify_[0-9a-f]{8}"));
    }

    @Test
    void h2KeepsTheModeAndNothingElse() {
        try (ThrowawayDatabase db = ThrowawayDatabase.create(new DatabaseSettings(
                "jdbc:h2:file:/tmp/x/app;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=TRUE;SCHEMA=APP", "sa",
                ""))) {
            assertTrue(db.settings().url().matches("jdbc:h2:mem:migrate_verify_[0-9a-f]{8};MODE=PostgreSQL;"
                    + "DATABASE_TO_LOWER=TRUE"), db.settings().url());
            assertEquals("APP", db.schema());
        }
    }

    @Test
    void aKilledRunDropsItsPostgresDatabase() throws Exception {
        TestDatabase.admin(DatabaseKind.POSTGRESQL, "select 1"); // skips without a server
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Holder.class.getName(), TestDatabase.PG_URL,
                TestDatabase.PG_USER).redirectErrorStream(true).start();
        String name;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            do {
                line = lines.readLine();
            } while (line != null && !line.startsWith("created "));
            assertTrue(line != null, "the child created no database");
            name = line.substring("created ".length());
            assertEquals(List.of(name), databases(name));
            child.destroy(); // SIGTERM, as a CI runner or Ctrl-C sends
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        } finally {
            child.destroyForcibly();
        }
        assertEquals(List.of(), databases(name));
    }

    private static List<String> databases(String name) {
        try (TestDatabase db = TestDatabase.create(DatabaseKind.POSTGRESQL)) {
            return db.column("select datname from pg_database where datname = '" + name + "'");
        }
    }

    /** A run that makes a throwaway database and waits to be killed. */
    public static final class Holder {
        public static void main(String[] args) throws Exception {
            ThrowawayDatabase db = ThrowawayDatabase.create(new DatabaseSettings(args[0], args[1], null));
            System.out.println("created " + db.description().substring("PostgreSQL database ".length()));
            System.out.flush();
            Thread.sleep(120_000);
            assertFalse(true, "not killed");
        }
    }
}
