package dev.migrate.change;

/**
 * The order in which changes run in an upgrade: what depends on an object is dropped before it and created after
 * it. A downgrade runs the reverses in the opposite order.
 */
public enum Phase {
    CREATE_SCHEMA,
    DROP_FOREIGN_KEY,
    DROP_INDEX,
    DROP_CONSTRAINT,
    DROP_TABLE,
    DROP_COLUMN,
    /** Enum types come before the tables and columns (and column type changes) that use them. */
    CREATE_ENUM_TYPE,
    ALTER_ENUM_TYPE,
    CREATE_SEQUENCE,
    CREATE_TABLE,
    ADD_COLUMN,
    ALTER_COLUMN,
    ADD_CONSTRAINT,
    CREATE_INDEX,
    ADD_FOREIGN_KEY,
    COMMENT,
    ALTER_SEQUENCE,
    DROP_SEQUENCE,
    /** After the columns that used the type are dropped or changed to another type. */
    DROP_ENUM_TYPE,
    DROP_SCHEMA
}
