package dev.migrate.dialect;

import dev.migrate.database.DatabaseException;
import dev.migrate.database.DatabaseSettings;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * A database made for one {@code migrate:verify} run, of the same kind as the user's, dropped when the run ends: by
 * {@link #close()}, or by a JVM shutdown hook when the build is interrupted (Ctrl-C, SIGTERM).
 */
public final class ThrowawayDatabase implements AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Drops the database; throws a {@link DatabaseException} that says what to drop by hand. */
    @FunctionalInterface
    public interface Drop {
        void drop();
    }

    private final DatabaseSettings settings;
    private final String description;
    private final String schema;
    private final Drop drop;
    private final Thread hook;
    private final AtomicBoolean dropped = new AtomicBoolean();
    private volatile boolean interrupted;
    private volatile Consumer<DatabaseException> whenInterrupted = failure -> { };

    public ThrowawayDatabase(DatabaseSettings settings, String description, String schema, Drop drop) {
        this.settings = settings;
        this.description = description;
        this.schema = schema;
        this.drop = drop;
        this.hook = drop == null ? null : new Thread(this::dropOnShutdown, "migrate-verify-drop");
        if (hook != null) {
            Runtime.getRuntime().addShutdownHook(hook);
        }
    }

    /**
     * Creates a throwaway database beside the one {@code live} names: on the same PostgreSQL or MariaDB server a new
     * database {@code <name>_verify_<random>}, on H2 a private in-memory database in the same mode.
     */
    public static ThrowawayDatabase create(DatabaseSettings live) {
        return Dialects.throwaway(live);
    }

    /** The database {@code verifyUrl} names, used as it is and never dropped; it should be empty. */
    public static ThrowawayDatabase given(DatabaseSettings verify) {
        return new ThrowawayDatabase(verify, "database " + verify.maskedUrl() + " (migrate.verifyUrl)", null, null);
    }

    /** A new database's name: {@code <name>_verify_<8 hex digits>}, at most 63 characters, lower case. */
    public static String name(String near) {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        String suffix = "_verify_" + HexFormat.of().formatHex(bytes);
        String base = near == null ? "migrate" : near.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        return base.substring(0, Math.min(base.length(), 63 - suffix.length())) + suffix;
    }

    /** Where to connect to it. */
    public DatabaseSettings settings() {
        return settings;
    }

    /** What it is, for the log: {@code PostgreSQL database app_verify_1a2b3c4d}. */
    public String description() {
        return description;
    }

    /** The schema to use in it when {@code migrate.schema} is not set, or null for the connection's current one. */
    public String schema() {
        return schema;
    }

    /**
     * What to do once the JVM, shutting down before the run ended (Ctrl-C, SIGTERM), has dropped the database: say
     * so. {@code report} gets null, or the failure to drop it.
     */
    public void whenInterrupted(Consumer<DatabaseException> report) {
        this.whenInterrupted = report;
    }

    /** Whether the JVM began to shut down before the run ended, and dropped the database under it. */
    public boolean interrupted() {
        return interrupted;
    }

    /**
     * What the shutdown hook runs: marks the run interrupted, drops the database and reports it. Public for the tests
     * that stand in for a SIGTERM.
     */
    public void dropOnShutdown() {
        interrupted = true;
        DatabaseException failure = null;
        try {
            dropOnce();
        } catch (DatabaseException e) {
            failure = e;
        }
        whenInterrupted.accept(failure);
    }

    /** Drops the database (once); a database given by {@code verifyUrl} is kept. */
    @Override
    public void close() {
        if (hook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                return; // the hook drops it
            }
        }
        dropOnce();
    }

    private void dropOnce() {
        if (drop != null && dropped.compareAndSet(false, true)) {
            drop.drop();
        }
    }
}
