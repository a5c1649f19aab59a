package dev.migrate.dialect;

import dev.migrate.schema.Schema;

import java.sql.Connection;
import java.sql.SQLException;
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
}
