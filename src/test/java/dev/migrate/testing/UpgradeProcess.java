package dev.migrate.testing;

import dev.migrate.Output;
import dev.migrate.command.MigrateSettings;
import dev.migrate.command.UpgradeCommand;
import dev.migrate.database.DatabaseSettings;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * {@code migrate:upgrade} to head in a JVM of its own, for tests that need a second process or a SIGKILL: it
 * prints "opened" once it holds a connection of its own to the database (so it serves an AUTO_SERVER database),
 * then every line the command prints, flushed at once.
 */
public final class UpgradeProcess implements AutoCloseable {

    private final Process process;
    private final BufferedReader lines;
    private final List<String> seen = new ArrayList<>();

    private UpgradeProcess(Process process) {
        this.process = process;
        this.lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Args: JDBC URL (user sa, empty password), revisions directory, lock timeout in seconds. */
    public static void main(String[] args) throws Exception {
        String url = args[0];
        try (Connection first = DriverManager.getConnection(url, "sa", "")) {
            System.out.println("opened");
            System.out.flush();
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
            MigrateSettings settings = new MigrateSettings(new DatabaseSettings(url, "sa", ""), Path.of(args[1]),
                    null, null, Duration.ofSeconds(Long.parseLong(args[2])));
            new UpgradeCommand(settings, out).run("head", Set.of());
        } catch (RuntimeException e) {
            System.out.println("FAILED " + e.getMessage());
            System.exit(1);
        }
    }

    /** Starts the upgrade in a new JVM with this JVM's class path, and waits until it has opened the database. */
    public static UpgradeProcess start(String url, Path versions, int lockTimeoutSeconds) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        try {
            Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    UpgradeProcess.class.getName(), url, versions.toString(), String.valueOf(lockTimeoutSeconds))
                    .redirectErrorStream(true).start();
            UpgradeProcess upgrade = new UpgradeProcess(process);
            upgrade.awaitLine("opened");
            return upgrade;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public long pid() {
        return process.pid();
    }

    /** Reads the process's lines until one starts with {@code prefix}; fails when the process ends first. */
    public String awaitLine(String prefix) {
        try {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                seen.add(line);
                if (line.startsWith(prefix)) {
                    return line;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("the process ended without printing '" + prefix + "': " + seen);
    }

    /** Waits for the process to end and returns its exit code, failing after {@code seconds}. */
    public int await(int seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            throw new AssertionError("the process did not end within " + seconds + " s: " + seen);
        }
        try {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                seen.add(line);
            }
        } catch (IOException ignored) {
            // the process is gone; what it printed has been read
        }
        return process.exitValue();
    }

    /** SIGKILL: the JVM ends at once, without shutdown hooks (H2 cannot close the database). */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    public List<String> lines() {
        return List.copyOf(seen);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
