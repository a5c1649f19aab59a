package dev.migrate.change;

/**
 * A column whose type is a named enum type, as a rebuild of that type must convert it.
 *
 * @param table        the table
 * @param column       the column
 * @param defaultValue its default expression (which names the type, so it is dropped and set again), or null
 */
public record EnumColumn(String table, String column, String defaultValue) {
}
