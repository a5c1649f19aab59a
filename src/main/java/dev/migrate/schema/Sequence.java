package dev.migrate.schema;

/**
 * A sequence (not one owned by an identity or serial column).
 *
 * @param name      as stored
 * @param dataType  the value type where the database records one ({@code bigint}), or null
 * @param start     the start value
 * @param increment the increment
 * @param minValue  the minimum value
 * @param maxValue  the maximum value
 * @param cache     how many values are cached
 * @param cycle     whether it wraps around
 * @param schema    the schema (MariaDB: database) the sequence is in, as stored; null for the default one
 */
public record Sequence(String name, String dataType, long start, long increment, long minValue, long maxValue,
                       long cache, boolean cycle, String schema) {

    /** A sequence in the default schema. */
    public Sequence(String name, String dataType, long start, long increment, long minValue, long maxValue,
                    long cache, boolean cycle) {
        this(name, dataType, start, increment, minValue, maxValue, cache, cycle, null);
    }

    /** This sequence in another schema (null: the default one). */
    public Sequence withSchema(String newSchema) {
        return new Sequence(name, dataType, start, increment, minValue, maxValue, cache, cycle, newSchema);
    }
}
