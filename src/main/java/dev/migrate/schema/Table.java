package dev.migrate.schema;

import java.util.List;
import java.util.Optional;

/**
 * A table with its columns (in catalog order) and constraints. A copy with one part changed is made with a
 * {@code with...} method, never through the full constructor, so that a part added later is not dropped on the way.
 *
 * @param name        as stored
 * @param columns     in the order the catalog numbers them
 * @param primaryKey  the primary key, if any
 * @param uniqueKeys  unique constraints (not unique indexes)
 * @param foreignKeys foreign keys
 * @param checks      check constraints, including those Hibernate adds for enums; never NOT NULL checks
 * @param indexes     indexes that back no constraint
 * @param comment     the table comment, or null
 * @param schema      the schema (MariaDB: database) the table is in, as stored; null for the default one
 */
public record Table(String name, List<Column> columns, Optional<PrimaryKey> primaryKey, List<UniqueKey> uniqueKeys,
                    List<ForeignKey> foreignKeys, List<Check> checks, List<Index> indexes, String comment,
                    String schema) {

    public Table {
        columns = List.copyOf(columns);
        uniqueKeys = List.copyOf(uniqueKeys);
        foreignKeys = List.copyOf(foreignKeys);
        checks = List.copyOf(checks);
        indexes = List.copyOf(indexes);
    }

    /** A table in the default schema. */
    public Table(String name, List<Column> columns, Optional<PrimaryKey> primaryKey, List<UniqueKey> uniqueKeys,
                 List<ForeignKey> foreignKeys, List<Check> checks, List<Index> indexes, String comment) {
        this(name, columns, primaryKey, uniqueKeys, foreignKeys, checks, indexes, comment, null);
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    public Table withColumns(List<Column> newColumns) {
        return new Table(name, newColumns, primaryKey, uniqueKeys, foreignKeys, checks, indexes, comment, schema);
    }

    public Table withPrimaryKey(Optional<PrimaryKey> newPrimaryKey) {
        return new Table(name, columns, newPrimaryKey, uniqueKeys, foreignKeys, checks, indexes, comment, schema);
    }

    public Table withUniqueKeys(List<UniqueKey> newUniqueKeys) {
        return new Table(name, columns, primaryKey, newUniqueKeys, foreignKeys, checks, indexes, comment, schema);
    }

    public Table withForeignKeys(List<ForeignKey> newForeignKeys) {
        return new Table(name, columns, primaryKey, uniqueKeys, newForeignKeys, checks, indexes, comment, schema);
    }

    public Table withChecks(List<Check> newChecks) {
        return new Table(name, columns, primaryKey, uniqueKeys, foreignKeys, newChecks, indexes, comment, schema);
    }

    public Table withIndexes(List<Index> newIndexes) {
        return new Table(name, columns, primaryKey, uniqueKeys, foreignKeys, checks, newIndexes, comment, schema);
    }

    public Table withComment(String newComment) {
        return new Table(name, columns, primaryKey, uniqueKeys, foreignKeys, checks, indexes, newComment, schema);
    }

    /** This table in another schema (null: the default one). */
    public Table withSchema(String newSchema) {
        return new Table(name, columns, primaryKey, uniqueKeys, foreignKeys, checks, indexes, comment, newSchema);
    }
}
