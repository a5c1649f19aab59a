package dev.migrate.command;

import dev.migrate.entity.EntitySettings;

import java.nio.file.Path;
import java.util.List;

/**
 * What autogenerate compares: the entities and which tables to leave alone.
 *
 * @param entities      where the entities are and how Hibernate reads them
 * @param excludeTables  table name patterns ({@code *}, {@code ?}) that are never created, changed or dropped
 * @param cacheDirectory where the last run's desired schema is kept ({@code target/migrate}), or null for none
 */
public record EntityOptions(EntitySettings entities, List<String> excludeTables, Path cacheDirectory) {

    public EntityOptions {
        excludeTables = excludeTables == null ? List.of() : List.copyOf(excludeTables);
    }

    /** Options without a cache: every run reads the entities with Hibernate. */
    public EntityOptions(EntitySettings entities, List<String> excludeTables) {
        this(entities, excludeTables, null);
    }
}
