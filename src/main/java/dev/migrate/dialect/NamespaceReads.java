package dev.migrate.dialect;

import dev.migrate.schema.Namespaces;
import dev.migrate.schema.Schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the default namespace and the named ones with the same reader and joins them into one model
 * ({@link Namespaces}), for the live side and the scratch side alike.
 */
public final class NamespaceReads {

    private NamespaceReads() {
    }

    /**
     * Reads {@code defaultNamespace} (without the tables in {@code own}) as the default schema and each key of
     * {@code named} (a namespace in the database) as the schema its value names.
     */
    public static Schema read(SchemaReader reader, Connection connection, String defaultNamespace, Set<String> own,
                       Map<String, String> named) throws SQLException {
        Map<String, Schema> parts = new LinkedHashMap<>();
        parts.put(defaultNamespace, reader.read(connection, defaultNamespace, own));
        return readNamed(reader, connection, defaultNamespace, parts, named);
    }

    /** As {@link #read}, with the default namespace already read into {@code parts}. */
    public static Schema readNamed(SchemaReader reader, Connection connection, String defaultNamespace,
                            Map<String, Schema> parts, Map<String, String> named) throws SQLException {
        for (String namespace : named.keySet()) {
            if (!namespace.equals(defaultNamespace)) {
                parts.put(namespace, reader.read(connection, namespace, Set.of()));
            }
        }
        return Namespaces.combine(parts, namespace -> namespace.equals(defaultNamespace) ? null
                : named.getOrDefault(namespace, namespace));
    }

    /** Each schema as its own namespace, as on the live side. */
    public static Map<String, String> same(Set<String> schemas) {
        Map<String, String> named = new LinkedHashMap<>();
        schemas.forEach(s -> named.put(s, s));
        return named;
    }

    /** {@code schema} with the tables and sequences it places in {@code defaultSchema} by name placed there unnamed. */
    public static Schema defaultNamed(Schema schema, String defaultSchema) {
        if (defaultSchema == null || !Namespaces.named(schema).contains(defaultSchema)) {
            return schema;
        }
        return Namespaces.rename(schema, s -> s.equals(defaultSchema) ? null : s);
    }

    /** The script without the statements that create one of {@code schemas}: the scratch side makes its own. */
    public static List<String> withoutSchemaCreation(List<String> script, Set<String> schemas, Dialect dialect) {
        return script.stream().filter(sql -> !ScriptSchemas.createsOneOf(sql, schemas, dialect)).toList();
    }
}
