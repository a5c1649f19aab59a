package dev.migrate.command;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Work started on a spare thread: its result, or its failure as if it had happened on the caller's thread. */
final class Futures {

    private Futures() {
    }

    static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
