package dev.migrate.dialect;

import dev.migrate.schema.Schema;
import dev.migrate.schema.Table;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads a live schema into the model with bulk catalog queries: the same small, constant number of queries however
 * many tables the schema has. The same reader reads the user's schema and the scratch copy of Hibernate's DDL, so
 * both come out spelled alike.
 */
public interface SchemaReader {

    /**
     * Reads the tables and sequences of {@code schema} (as stored in the catalog), leaving out the tables named in
     * {@code excludedTables} (as stored).
     */
    Schema read(Connection connection, String schema, Set<String> excludedTables) throws SQLException;

    /**
     * Reads only the named tables of {@code schema} (as stored; a name with no table is left out), and its sequences
     * and enum types only when asked (empty otherwise): each object exactly as {@link #read} gives it. This default
     * reads the whole schema and keeps those parts.
     */
    default Schema readParts(Connection connection, String schema, Set<String> tables, boolean sequences,
                             boolean enumTypes) throws SQLException {
        Schema whole = read(connection, schema, Set.of());
        Map<String, Table> parts = new LinkedHashMap<>(whole.tables());
        parts.keySet().retainAll(tables);
        return new Schema(parts, sequences ? whole.sequences() : Map.of(), enumTypes ? whole.enumTypes() : Map.of());
    }

    /**
     * What changes between reads of {@code schema} (as stored), for {@link SchemaSnapshots}; null where the database
     * cannot tell, and every read is then whole.
     */
    default CatalogChanges changes(String schema) {
        return null;
    }
}
