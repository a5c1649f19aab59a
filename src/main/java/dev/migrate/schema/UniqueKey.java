package dev.migrate.schema;

import java.util.List;

/**
 * A unique constraint.
 *
 * @param name    the constraint name as stored
 * @param columns in key order
 */
public record UniqueKey(String name, List<String> columns) {

    public UniqueKey {
        columns = List.copyOf(columns);
    }
}
