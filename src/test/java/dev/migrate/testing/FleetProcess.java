package dev.migrate.testing;

import dev.migrate.Output;
import dev.migrate.command.FleetCommand;
import dev.migrate.command.FleetGoal;
import dev.migrate.command.MigrateSettings;
import dev.migrate.database.DatabaseSettings;
import dev.migrate.runner.FleetOptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * {@code migrate:upgrade} on a fleet of schemas in a JVM of its own, for tests that end it with a signal; what it
 * prints goes to a file beside the revisions.
 */
public final class FleetProcess implements AutoCloseable {

    private final Process process;

    private FleetProcess(Process process) {
        this.process = process;
    }

    /** Args: JDBC URL, user, password (empty: none), revisions directory, schema pattern, parallel. */
    public static void main(String[] args) {
        Output out = new Output() {
            @Override public void info(String line) {
                System.out.println(line);
                System.out.flush();
            }
            @Override public void warn(String line) {
                info("WARN " + line);
            }
            @Override public void debug(String line) { }
        };
        MigrateSettings settings = new MigrateSettings(new DatabaseSettings(args[0], args[1],
                args[2].isEmpty() ? null : args[2]), Path.of(args[3]), null, null, Duration.ofSeconds(60));
        new FleetCommand(settings, new FleetOptions(List.of(args[4]), null, null, Integer.parseInt(args[5]), false,
                null), (id, url) -> null, out).run(FleetGoal.upgrade("head", Set.of()));
    }

    /** Starts the fleet's upgrade in a new JVM with this JVM's class path. */
    public static FleetProcess start(DatabaseSettings database, Path versions, String pattern, int parallel) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        try {
            Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    FleetProcess.class.getName(), database.url(), database.username(),
                    database.password() == null ? "" : database.password(), versions.toString(), pattern,
                    String.valueOf(parallel))
                    .redirectErrorStream(true).redirectOutput(new File(versions.toFile().getParentFile(),
                            "fleet-process.log")).start();
            return new FleetProcess(process);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SIGTERM, as a CI job's cancel or a Kubernetes pod's stop sends it, then waits for the JVM to end. */
    public void terminate() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("the fleet's JVM did not end within 30 s of SIGTERM");
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly();
            process.waitFor();
        }
    }
}
