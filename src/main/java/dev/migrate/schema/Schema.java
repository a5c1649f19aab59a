package dev.migrate.schema;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The tables and sequences of one schema, as the database spells them (names as stored in the catalog).
 *
 * @param tables    by name
 * @param sequences by name; identity and serial sequences are not included
 */
public record Schema(Map<String, Table> tables, Map<String, Sequence> sequences) {

    public Schema {
        tables = Collections.unmodifiableMap(new TreeMap<>(tables));
        sequences = Collections.unmodifiableMap(new TreeMap<>(sequences));
    }

    public static Schema empty() {
        return new Schema(Map.of(), Map.of());
    }
}
