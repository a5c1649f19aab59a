package dev.migrate.command;

import dev.migrate.entity.EntitySettings;

import java.util.List;

/**
 * What autogenerate compares: the entities and which tables to leave alone.
 *
 * @param entities      where the entities are and how Hibernate reads them
 * @param excludeTables table name patterns ({@code *}, {@code ?}) that are never created, changed or dropped
 */
public record EntityOptions(EntitySettings entities, List<String> excludeTables) {

    public EntityOptions {
        excludeTables = excludeTables == null ? List.of() : List.copyOf(excludeTables);
    }
}
