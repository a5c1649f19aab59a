package dev.migrate.dialect;

import dev.migrate.Output;
import dev.migrate.database.DatabaseException;

import java.sql.SQLException;
import java.time.Duration;

/** Takes a lock by polling a non-blocking attempt, telling the user once who holds it, until a timeout. */
public final class PollingLock implements MigrationLock {

    /** A database call that may fail with an SQLException. */
    @FunctionalInterface
    public interface Call<T> {
        T call() throws SQLException;
    }

    private static final long FIRST_POLL_MS = 50;
    private static final long MAX_POLL_MS = 500;
    private final Call<Boolean> release;

    private PollingLock(Call<Boolean> release) {
        this.release = release;
    }

    public static MigrationLock acquire(Duration timeout, Output output, Call<Boolean> attempt, Call<String> holder,
                                 Call<Boolean> release) {
        long start = System.nanoTime();
        long pause = FIRST_POLL_MS;
        boolean told = false;
        try {
            while (!attempt.call()) {
                Duration waited = Duration.ofNanos(System.nanoTime() - start);
                if (!timeout.isNegative() && waited.compareTo(timeout) >= 0) {
                    throw new LockTimeoutException(waited, holder.call());
                }
                if (!told) {
                    output.info("Waiting for the migration lock held by " + holder.call());
                    told = true;
                }
                Thread.sleep(pause);
                pause = Math.min(MAX_POLL_MS, pause * 2);
            }
        } catch (SQLException e) {
            throw new DatabaseException("Cannot take the migration lock: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatabaseException("Interrupted while waiting for the migration lock");
        }
        if (told) {
            output.info("Acquired the migration lock after "
                    + Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms");
        }
        return new PollingLock(release);
    }

    @Override
    public void close() {
        try {
            release.call();
        } catch (SQLException e) {
            // the lock dies with the connection, which the caller closes next
        }
    }
}
