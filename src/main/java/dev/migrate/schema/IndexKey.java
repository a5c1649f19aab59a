package dev.migrate.schema;

/**
 * One key part of an index.
 *
 * @param expression a column name (as stored) or an expression as the database spells it
 * @param column     true when {@code expression} is a plain column name
 * @param descending true for {@code DESC}
 */
public record IndexKey(String expression, boolean column, boolean descending) {
}
