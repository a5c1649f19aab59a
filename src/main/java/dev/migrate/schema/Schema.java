package dev.migrate.schema;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The tables, sequences and enum types of one schema, as the database spells them (names as stored in the catalog).
 * A copy with one part changed is made with a {@code with...} method, so that a part added later is not dropped.
 *
 * @param tables    by name
 * @param sequences by name; identity and serial sequences are not included
 * @param enumTypes named enum types by name (PostgreSQL); empty where enums are column types (H2, MariaDB)
 */
public record Schema(Map<String, Table> tables, Map<String, Sequence> sequences, Map<String, EnumType> enumTypes) {

    public Schema {
        tables = Collections.unmodifiableMap(new TreeMap<>(tables));
        sequences = Collections.unmodifiableMap(new TreeMap<>(sequences));
        enumTypes = Collections.unmodifiableMap(new TreeMap<>(enumTypes));
    }

    /** A schema without enum types. */
    public Schema(Map<String, Table> tables, Map<String, Sequence> sequences) {
        this(tables, sequences, Map.of());
    }

    public Schema withTables(Map<String, Table> newTables) {
        return new Schema(newTables, sequences, enumTypes);
    }

    public Schema withSequences(Map<String, Sequence> newSequences) {
        return new Schema(tables, newSequences, enumTypes);
    }

    public Schema withEnumTypes(Map<String, EnumType> newEnumTypes) {
        return new Schema(tables, sequences, newEnumTypes);
    }

    public static Schema empty() {
        return new Schema(Map.of(), Map.of());
    }
}
