package dev.migrate.schema;

import java.util.List;

/**
 * An index that backs no constraint.
 *
 * @param name      as stored
 * @param unique    whether it is a unique index
 * @param keys      its key parts in order
 * @param predicate the WHERE condition of a partial index as the database spells it, or null
 * @param method    the access method where the database has several ({@code btree}, {@code gin}), or null
 */
public record Index(String name, boolean unique, List<IndexKey> keys, String predicate, String method) {

    public Index {
        keys = List.copyOf(keys);
    }
}
