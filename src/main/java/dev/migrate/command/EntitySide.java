package dev.migrate.command;

import dev.migrate.Output;
import dev.migrate.dialect.Dialect;
import dev.migrate.entity.DatabaseVersion;
import dev.migrate.entity.EntityClasses;
import dev.migrate.entity.EntityScanner;
import dev.migrate.entity.HibernateDdl;
import dev.migrate.revision.Statement;
import dev.migrate.revision.StatementSplitter;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The entity half of autogenerate, started as soon as the goal starts: scanning the compiled classes (on a spare
 * thread) and Hibernate's JVM loading Hibernate overlap with connecting to the database; Hibernate's create script is
 * written there while the live schema is read. Errors surface where the result is first needed, in the order they
 * always had.
 */
final class EntitySide implements AutoCloseable {

    private final CompletableFuture<EntityClasses> classes;
    private final CompletableFuture<HibernateDdl> hibernate;
    private CompletableFuture<List<String>> script = CompletableFuture.completedFuture(List.of());

    private EntitySide(EntityOptions options, Dialect dialect) {
        classes = CompletableFuture.supplyAsync(() -> EntityScanner.scan(options.entities()));
        hibernate = CompletableFuture.supplyAsync(() -> HibernateDdl.open(options.entities(),
                dialect.hibernateProductName()));
    }

    static EntitySide start(EntityOptions options, Dialect dialect) {
        return new EntitySide(options, dialect);
    }

    EntityClasses classes() {
        return Futures.join(classes);
    }

    /**
     * Starts writing Hibernate's create script for {@code version}, waited for on a spare thread; the future holds
     * its statements, or fails as {@link HibernateDdl#createScript} does.
     */
    CompletableFuture<List<String>> startScript(Dialect dialect, DatabaseVersion version, Output output) {
        EntityClasses found = classes();
        if (!found.leftOut().isEmpty()) {
            int count = found.leftOut().size();
            output.warn(count + " @Entity " + (count == 1 ? "class is" : "classes are")
                    + " outside migrate.packages and left out of the comparison: " + String.join(", ", found.leftOut())
                    + ". Add their packages to migrate.packages if the database should have their tables.");
        }
        long start = System.nanoTime();
        script = hibernate.thenApplyAsync(ddl -> {
            String text = ddl.createScript(found, dialect.hibernateProductName(), version, output);
            List<String> statements = StatementSplitter.split(text, 1, dialect.flavor(), "Hibernate's create script")
                    .stream().map(Statement::sql).toList();
            output.debug("Hibernate's create script: " + statements.size() + " statements in "
                    + (System.nanoTime() - start) / 1_000_000 + " ms");
            return statements;
        });
        return script;
    }

    /** Waits for the spare threads, so that nothing runs on after the goal, and ends Hibernate's JVM. */
    @Override
    public void close() {
        script.exceptionally(e -> null).join();
        try {
            hibernate.join().close();
        } catch (CompletionException | CancellationException e) {
            // its failure, if it matters, was reported by the goal
        }
        classes.exceptionally(e -> null).join();
    }
}
