package dev.migrate.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Who runs the plugin and where, for lock holders and the history table; never resolves names over the network. */
public final class Environment {

    private static final String USER = System.getProperty("user.name", "unknown");
    private static final String HOST = readHost();

    private Environment() {
    }

    public static String user() {
        return USER;
    }

    public static String host() {
        return HOST;
    }

    private static String readHost() {
        String fromEnv = System.getenv("HOSTNAME");
        if (fromEnv == null || fromEnv.isBlank()) {
            fromEnv = System.getenv("COMPUTERNAME");
        }
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv.strip();
        }
        try {
            return Files.readString(Path.of("/etc/hostname")).strip();
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** {@code user@host pid N}. */
    public static String who() {
        return USER + "@" + HOST + " pid " + ProcessHandle.current().pid();
    }
}
