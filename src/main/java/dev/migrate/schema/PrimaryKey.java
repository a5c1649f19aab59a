package dev.migrate.schema;

import java.util.List;

/**
 * A primary key; compared by its columns, since Hibernate never names one.
 *
 * @param name    the constraint name as stored
 * @param columns in key order
 */
public record PrimaryKey(String name, List<String> columns) {

    public PrimaryKey {
        columns = List.copyOf(columns);
    }
}
