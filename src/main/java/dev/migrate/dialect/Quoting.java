package dev.migrate.dialect;

/** How a database spells names and strings: case folding, identifiers quoted where needed, literals. */
public interface Quoting {

    /** How the catalog stores an unquoted identifier: PostgreSQL folds to lower case, H2 to upper case. */
    String fold(String unquoted);

    /** An identifier as stored in the catalog, written so the database reads it back exactly (quoted if needed). */
    String identifier(String stored);

    /** {@code schema.name}, or just the name when the schema is null. */
    default String qualified(String schema, String name) {
        return schema == null ? identifier(name) : identifier(schema) + "." + identifier(name);
    }

    /** A string literal. */
    default String literal(String value) {
        return value == null ? "NULL" : "'" + value.replace("'", "''") + "'";
    }

    /** Whether the database made this constraint name up (H2's {@code CONSTRAINT_62}); such names are not kept. */
    default boolean isGeneratedName(String name) {
        return false;
    }
}
