package dev.migrate.dialect;

import dev.migrate.schema.Namespaces;
import dev.migrate.schema.Schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Inspects the catalog of one database: its schemas and tables, the live schema read into the model, and
 * Hibernate's script read back from a scratch namespace beside it.
 */
public interface Inspector {

    /** The spelling of the names this inspector reads and writes. */
    Quoting quoting();

    /** This database's spelling of the catalog questions and namespace commands below. */
    CatalogStatements statements();

    /** The schema unqualified names resolve to on this connection. */
    default String currentSchema(Connection connection) throws SQLException {
        return Jdbc.queryString(connection, statements().currentSchema());
    }

    default boolean schemaExists(Connection connection, String schema) throws SQLException {
        return Jdbc.exists(connection, statements().schemaExists(), schema);
    }

    default void createSchema(Connection connection, String schema) throws SQLException {
        Jdbc.execute(connection, statements().createSchema() + quoting().identifier(schema));
    }

    /** Makes {@code schema} the one unqualified names in revisions resolve to. */
    default void useSchema(Connection connection, String schema) throws SQLException {
        Jdbc.execute(connection, statements().useSchema() + quoting().identifier(schema));
    }

    /** Whether a table exists in {@code schema}. */
    default boolean tableExists(Connection connection, String schema, String table) throws SQLException {
        return Jdbc.exists(connection, statements().tableExists(), schema, table);
    }

    /** The names of the base tables in {@code schema} (as stored), sorted. */
    default List<String> tableNames(Connection connection, String schema) throws SQLException {
        return Jdbc.column(connection, "select table_name from information_schema.tables where table_schema = ? "
                + "and table_type = 'BASE TABLE' order by table_name", schema);
    }

    /**
     * The columns of a table, lower-cased, in no particular order; empty when the table does not exist (one round
     * trip tells both).
     */
    default Set<String> tableColumns(Connection connection, String schema, String table)
            throws SQLException {
        Set<String> columns = new HashSet<>();
        for (String column : Jdbc.column(connection, "select column_name from information_schema.columns"
                + " where table_schema = ? and table_name = ?", schema, table)) {
            columns.add(column.toLowerCase(Locale.ROOT));
        }
        return columns;
    }

    /** Reads a schema into the model with bulk catalog queries. */
    SchemaReader schemaReader();

    /**
     * Applies {@code ddl} (Hibernate's create script) in a scratch namespace beside the live schema and reads it
     * back with {@link #schemaReader()}, leaving nothing behind. The objects the script places in a named schema
     * go to a scratch namespace of their own and come back keyed {@code schema.name}
     * ({@link dev.migrate.schema.Namespaces}).
     *
     * @throws ScratchDdlException when a statement of the script fails
     */
    Schema readScratch(Connection connection, List<String> ddl) throws SQLException;

    /**
     * Reads the live schema and the desired one for a comparison: the same reader for both, and names the database
     * would make up replaced by deterministic ones on the desired side.
     */
    default ComparedSchemas readForComparison(Connection connection, String liveSchema, Set<String> own,
                                              Supplier<List<String>> ddl) throws SQLException {
        return readForComparison(connection, liveSchema, own, Set.of(), ddl);
    }

    /**
     * As {@link #readForComparison(Connection, String, java.util.Set, Supplier)}, covering besides
     * {@code liveSchema} every schema the script names and each of {@code schemas} (as stored; the revisions name
     * them): tables and sequences there are keyed {@code schema.name} ({@link dev.migrate.schema.Namespaces}).
     */
    default ComparedSchemas readForComparison(Connection connection, String liveSchema, Set<String> own,
                                              Set<String> schemas, Supplier<List<String>> ddl)
            throws SQLException {
        Map<String, Schema> parts = new LinkedHashMap<>();
        parts.put(liveSchema, schemaReader().read(connection, liveSchema, own));
        Schema desired = NamespaceReads.defaultNamed(readScratch(connection, ddl.get()), liveSchema);
        Set<String> covered = new TreeSet<>(schemas);
        covered.addAll(Namespaces.named(desired));
        Schema live = NamespaceReads.readNamed(schemaReader(), connection, liveSchema, parts,
                NamespaceReads.same(covered));
        Quoting quoting = quoting();
        return new ComparedSchemas(live, ConstraintNames.assign(desired, quoting::isGeneratedName, quoting::fold));
    }

    /**
     * Reads the live schema as {@link #readForComparison} does, for a comparison with a desired schema read
     * earlier.
     */
    default Schema readLiveForComparison(Connection connection, String liveSchema, Set<String> own)
            throws SQLException {
        return schemaReader().read(connection, liveSchema, own);
    }

    /** As {@link #readLiveForComparison(Connection, String, java.util.Set)}, covering {@code schemas} too. */
    default Schema readLiveForComparison(Connection connection, String liveSchema, Set<String> own,
                                         Set<String> schemas) throws SQLException {
        return NamespaceReads.read(schemaReader(), connection, liveSchema, own, NamespaceReads.same(schemas));
    }
}
