package dev.migrate.command;

import dev.migrate.MigrateException;
import dev.migrate.database.ConnectionFactory;
import dev.migrate.database.DatabaseSettings;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.RecordingOutput;
import dev.migrate.testing.RevisionFiles;
import dev.migrate.testing.SilentServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A server that accepts connections and never answers: every database gives up after {@code connectTimeout} and says
 * which host and port did not answer, instead of hanging.
 */
class ConnectTimeoutTest {

    @TempDir
    Path dir;
    private final RecordingOutput out = new RecordingOutput();

    @BeforeEach
    void revisions() {
        new RevisionFiles(dir.resolve("versions")).write("aaaa00000001", "", "Create users",
                "CREATE TABLE users (id INT PRIMARY KEY);", "DROP TABLE users;");
    }

    /** Runs upgrade against {@code url} with a 2 s connect timeout; returns the message and checks it took 2-8 s. */
    private String upgradeGivesUp(String url, String user) {
        MigrateSettings settings = new MigrateSettings(new DatabaseSettings(url, user, null, Duration.ofSeconds(2)),
                dir.resolve("versions"), null, null, Duration.ofSeconds(5));
        long start = System.nanoTime();
        MigrateException e = assertThrows(MigrateException.class,
                () -> new UpgradeCommand(settings, out).run("head", Set.of()));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis >= 1_900 && millis < 8_000, "gave up after " + millis + " ms");
        assertNull(e.getCause());
        return e.getMessage();
    }

    @Test
    void postgresqlGivesUpOnASilentServerAfterTheConnectTimeout() {
        try (SilentServer server = new SilentServer(30)) {
            String url = "jdbc:postgresql://127.0.0.1:" + server.port() + "/app";
            assertEquals("Cannot connect to " + url + " as user 'postgres': 127.0.0.1:" + server.port() + " did not "
                    + "answer within 2 s (migrate.connectTimeout). Check the host and port in migrate.url and that the "
                    + "server is up and reachable from this machine (network, firewall, VPN); if it is only slow, "
                    + "raise -Dmigrate.connectTimeout=<seconds>.", upgradeGivesUp(url, "postgres"));
            assertTrue(server.accepted() > 0);
        }
    }

    @Test
    void mariadbGivesUpOnASilentServerAfterTheConnectTimeout() {
        try (SilentServer server = new SilentServer(30)) {
            String url = "jdbc:mariadb://127.0.0.1:" + server.port() + "/app";
            assertEquals("Cannot connect to " + url + " as user 'root': 127.0.0.1:" + server.port() + " did not "
                    + "answer within 2 s (migrate.connectTimeout). Check the host and port in migrate.url and that the "
                    + "server is up and reachable from this machine (network, firewall, VPN); if it is only slow, "
                    + "raise -Dmigrate.connectTimeout=<seconds>.", upgradeGivesUp(url, "root"));
            assertTrue(server.accepted() > 0);
        }
    }

    @Test
    void h2ServerUrlGivesUpOnASilentServerAfterTheConnectTimeout() {
        try (SilentServer server = new SilentServer(30)) {
            String url = "jdbc:h2:tcp://127.0.0.1:" + server.port() + "/mem:app";
            assertEquals("Cannot connect to " + url + " as user 'sa': 127.0.0.1:" + server.port() + " did not "
                    + "answer within 2 s (migrate.connectTimeout). Check the host and port in migrate.url and that the "
                    + "server is up and reachable from this machine (network, firewall, VPN); if it is only slow, "
                    + "raise -Dmigrate.connectTimeout=<seconds>.", upgradeGivesUp(url, "sa"));
        }
    }

    @Test
    void aTimeoutInTheUrlIsKept() {
        try (SilentServer server = new SilentServer(30)) {
            // the URL's own login timeout (1 s) wins over migrate.connectTimeout (2 s)
            String url = "jdbc:postgresql://127.0.0.1:" + server.port() + "/app?loginTimeout=1&socketTimeout=1";
            MigrateSettings settings = new MigrateSettings(new DatabaseSettings(url, "postgres", null,
                    Duration.ofSeconds(20)), dir.resolve("versions"), null, null, Duration.ofSeconds(5));
            long start = System.nanoTime();
            MigrateException e = assertThrows(MigrateException.class,
                    () -> new UpgradeCommand(settings, out).run("head", Set.of()));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis < 5_000, "gave up after " + millis + " ms");
            assertEquals("Cannot connect to " + url + " as user 'postgres': 127.0.0.1:" + server.port() + " did not "
                    + "answer within the timeouts of migrate.url (loginTimeout, socketTimeout) or 20 s "
                    + "(migrate.connectTimeout). Check the host and port in migrate.url and that the server is up and "
                    + "reachable from this machine (network, firewall, VPN); if it is only slow, raise "
                    + "-Dmigrate.connectTimeout=<seconds>.", e.getMessage());
        }
    }

    @Test
    void aStatementOnPostgresqlMayRunLongerThanTheConnectTimeout() throws Exception {
        try (TestDatabase db = TestDatabase.create(DatabaseKind.POSTGRESQL);
             Connection connection = new ConnectionFactory(new DatabaseSettings(db.url(), TestDatabase.PG_USER, null,
                     Duration.ofSeconds(1))).open("test");
             Statement statement = connection.createStatement()) {
            assertTrue(statement.execute("select pg_sleep(1.5)"));
        }
    }
}
