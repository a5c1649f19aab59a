package dev.migrate.schema;

/**
 * A check constraint.
 *
 * @param name       the constraint name as stored
 * @param expression the condition as the database spells it, such that {@code CHECK (<expression>)} recreates it
 */
public record Check(String name, String expression) {
}
