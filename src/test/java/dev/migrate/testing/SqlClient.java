package dev.migrate.testing;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Runs an offline script with the database's own command-line client, as a user would: {@code psql} with
 * {@code ON_ERROR_STOP} and the test's schema as its search path, {@code mariadb} in the test's database. A missing
 * client skips the test.
 */
public final class SqlClient {

    private SqlClient() {
    }

    /** Starts the client on {@code script}; its output (standard output and error together) is the process's. */
    public static Process start(TestDatabase db, Path script) {
        ProcessBuilder builder;
        if (db.kind() == DatabaseKind.POSTGRESQL) {
            URI server = URI.create(TestDatabase.PG_URL.substring("jdbc:".length()));
            builder = new ProcessBuilder(List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", server.getHost(),
                    "-p", String.valueOf(server.getPort() < 0 ? 5432 : server.getPort()), "-U", TestDatabase.PG_USER,
                    "-d", TestDatabase.databaseName(TestDatabase.PG_URL), "-f", script.toString()));
            Map<String, String> env = builder.environment();
            env.put("PGOPTIONS", "-c search_path=" + db.schema());
            env.put("PGAPPNAME", "psql-offline-test");
            if (!TestDatabase.PG_PASSWORD.isEmpty()) {
                env.put("PGPASSWORD", TestDatabase.PG_PASSWORD);
            }
        } else if (db.kind() == DatabaseKind.MARIADB) {
            URI server = URI.create(TestDatabase.MARIADB_URL.substring("jdbc:".length()));
            builder = new ProcessBuilder(List.of("mariadb", "-h", server.getHost(), "-P",
                    String.valueOf(server.getPort() < 0 ? 3306 : server.getPort()), "-u", TestDatabase.MARIADB_USER,
                    db.schema()));
            builder.redirectInput(script.toFile());
            if (!TestDatabase.MARIADB_PASSWORD.isEmpty()) {
                builder.environment().put("MYSQL_PWD", TestDatabase.MARIADB_PASSWORD);
            }
        } else {
            throw new IllegalArgumentException("H2 has no client process here: use org.h2.tools.RunScript");
        }
        try {
            return builder.redirectErrorStream(true).start();
        } catch (IOException noClient) {
            Assumptions.abort("no " + builder.command().get(0) + " client on the PATH: " + noClient.getMessage());
            return null;
        }
    }

    /** Runs the client to its end; returns its exit code and what it printed. */
    public static Finished run(TestDatabase db, Path script) throws IOException, InterruptedException {
        return finish(start(db, script));
    }

    public static Finished finish(Process process) throws IOException, InterruptedException {
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Finished(process.waitFor(), printed);
    }

    /** A client run's exit code and output. */
    public record Finished(int exitCode, String output) {
    }
}
