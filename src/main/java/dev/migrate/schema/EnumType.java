package dev.migrate.schema;

import java.util.List;

/**
 * A named enum type (PostgreSQL's {@code create type ... as enum}), which Hibernate creates for
 * {@code @JdbcTypeCode(SqlTypes.NAMED_ENUM)}.
 *
 * @param name   as stored
 * @param values the labels in the type's sort order
 */
public record EnumType(String name, List<String> values) {

    public EnumType {
        values = List.copyOf(values);
    }
}
