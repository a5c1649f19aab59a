package dev.migrate.revision;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The revision files read on a spare thread while the caller does something else (opening the database: on a cold
 * JVM both take a few hundred milliseconds). The parsed files are written to the cache after the graph is handed
 * over.
 */
public final class RevisionReading {

    /** What the reading thread hands over: the graph, or the failure to throw on the caller's thread. */
    private sealed interface Outcome permits Read, Failed {
    }

    private record Read(RevisionGraph graph) implements Outcome {
    }

    /** A {@link RuntimeException} or an {@link Error}. */
    private record Failed(Throwable failure) implements Outcome {
    }

    private final CompletableFuture<Outcome> outcome = new CompletableFuture<>();
    private final CompletableFuture<Void> saving;

    private RevisionReading(RevisionDirectory directory) {
        saving = CompletableFuture.runAsync(() -> {
            List<Runnable> saveCache = new ArrayList<>(1);
            try {
                outcome.complete(new Read(RevisionGraph.of(directory.load(saveCache::add))));
            } catch (RuntimeException | Error failure) {
                outcome.complete(new Failed(failure));
            }
            saveCache.forEach(Runnable::run); // once the graph is handed over
        });
    }

    /** Starts reading the files of {@code directory}, which exists. */
    public static RevisionReading start(RevisionDirectory directory) {
        return new RevisionReading(directory);
    }

    /** Waits for the graph; a failure to read the files is thrown here. */
    public RevisionGraph graph() {
        Outcome done = outcome.join();
        if (done instanceof Failed failed) {
            if (failed.failure() instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) failed.failure();
        }
        return ((Read) done).graph();
    }

    /**
     * Waits until the parsed files are written to the cache, so that nothing is left writing when the goal ends; the
     * cache only saves time, so a failure to write it is no failure of the goal.
     */
    public void awaitSaved() {
        saving.exceptionally(e -> null).join();
    }
}
