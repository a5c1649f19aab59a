package dev.migrate.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * Tables and sequences in several schemas (MariaDB: databases) held in one {@link Schema}: an object in the default
 * schema keeps its plain name as its key and a null {@code schema}; one in another schema is keyed
 * {@code schema.name}. A key is split at its first dot, so a default-schema table whose stored name has a dot in it
 * cannot sit beside tables of other schemas.
 */
public final class Namespaces {

    private Namespaces() {
    }

    /** The key of an object named {@code name} in {@code schema} (null: the default schema). */
    public static String key(String schema, String name) {
        return schema == null ? name : schema + "." + name;
    }

    public static String key(Table table) {
        return key(table.schema(), table.name());
    }

    public static String key(Sequence sequence) {
        return key(sequence.schema(), sequence.name());
    }

    /** The schema part of a key made by {@link #key(String, String)}: null for the default schema. */
    public static String schemaOf(String key) {
        int dot = key.indexOf('.');
        return dot < 0 ? null : key.substring(0, dot);
    }

    /** The name part of a key made by {@link #key(String, String)}. */
    public static String nameOf(String key) {
        int dot = key.indexOf('.');
        return dot < 0 ? key : key.substring(dot + 1);
    }

    /** The schemas other than the default one that hold a table or sequence of {@code schema}, sorted. */
    public static Set<String> named(Schema schema) {
        Set<String> named = new TreeSet<>();
        schema.tables().values().forEach(t -> {
            if (t.schema() != null) {
                named.add(t.schema());
            }
        });
        schema.sequences().values().forEach(s -> {
            if (s.schema() != null) {
                named.add(s.schema());
            }
        });
        return named;
    }

    /**
     * Joins schemas read one namespace at a time into one model.
     *
     * @param parts   each namespace read by a {@code SchemaReader}, by its name in the database
     * @param schemas the schema each namespace stands for (null: the default schema), applied to every namespace a
     *                table, sequence or foreign key names; a namespace it does not know keeps its name
     */
    public static Schema combine(Map<String, Schema> parts, UnaryOperator<String> schemas) {
        Map<String, Table> tables = new LinkedHashMap<>();
        Map<String, Sequence> sequences = new LinkedHashMap<>();
        Map<String, EnumType> enumTypes = new LinkedHashMap<>();
        for (Map.Entry<String, Schema> part : parts.entrySet()) {
            String namespace = part.getKey();
            String schema = schemas.apply(namespace);
            if (schema == null) {
                // enum types are compared in the migrated schema only
                enumTypes.putAll(part.getValue().enumTypes());
            }
            for (Table t : part.getValue().tables().values()) {
                List<ForeignKey> keys = new ArrayList<>();
                for (ForeignKey fk : t.foreignKeys()) {
                    String referenced = fk.referencedSchema() == null ? schema : schemas.apply(fk.referencedSchema());
                    keys.add(fk.withReferencedSchema(referenced));
                }
                Table moved = t.withForeignKeys(keys).withSchema(schema);
                tables.put(key(moved), moved);
            }
            for (Sequence s : part.getValue().sequences().values()) {
                Sequence moved = s.withSchema(schema);
                sequences.put(key(moved), moved);
            }
        }
        return new Schema(tables, sequences, enumTypes);
    }

    /** {@code schema} with every schema name (never null, the default one) replaced through {@code rename}. */
    public static Schema rename(Schema schema, UnaryOperator<String> rename) {
        UnaryOperator<String> named = s -> s == null ? null : rename.apply(s);
        Map<String, Table> tables = new LinkedHashMap<>();
        for (Table t : schema.tables().values()) {
            List<ForeignKey> keys = t.foreignKeys().stream()
                    .map(fk -> fk.withReferencedSchema(named.apply(fk.referencedSchema()))).toList();
            Table moved = t.withForeignKeys(keys).withSchema(named.apply(t.schema()));
            tables.put(key(moved), moved);
        }
        Map<String, Sequence> sequences = new LinkedHashMap<>();
        for (Sequence s : schema.sequences().values()) {
            Sequence moved = s.withSchema(named.apply(s.schema()));
            sequences.put(key(moved), moved);
        }
        return schema.withTables(tables).withSequences(sequences);
    }
}
