package dev.migrate.command;

import dev.migrate.dialect.Dialect;
import dev.migrate.entity.EntityClasses;
import dev.migrate.entity.EntityScanner;
import dev.migrate.entity.HibernateDdl;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The entity half of autogenerate, started on a spare thread as soon as the goal starts: scanning the compiled
 * classes and loading Hibernate's classes overlap with connecting to the database and reading it. Errors surface
 * where the result is first needed, in the order they always had.
 */
final class EntitySide implements AutoCloseable {

    private final CompletableFuture<EntityClasses> classes;
    private final CompletableFuture<HibernateDdl> hibernate;

    private EntitySide(EntityOptions options, Dialect dialect) {
        classes = CompletableFuture.supplyAsync(() -> EntityScanner.scan(options.entities()));
        hibernate = CompletableFuture.supplyAsync(() -> {
            HibernateDdl ddl = HibernateDdl.open(options.entities());
            ddl.warmUp(dialect.hibernateProductName());
            return ddl;
        });
    }

    static EntitySide start(EntityOptions options, Dialect dialect) {
        return new EntitySide(options, dialect);
    }

    EntityClasses classes() {
        return Futures.join(classes);
    }

    HibernateDdl hibernate() {
        return Futures.join(hibernate);
    }

    /** Waits for the spare thread, so that nothing runs on after the goal, and closes the class loader. */
    @Override
    public void close() {
        try {
            hibernate.join().close();
        } catch (CompletionException | java.util.concurrent.CancellationException e) {
            // its failure, if it matters, was reported by the goal
        }
        classes.exceptionally(e -> null).join();
    }
}
