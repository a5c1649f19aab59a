package dev.migrate.schema;

import java.util.List;

/**
 * A foreign key.
 *
 * @param name              the constraint name as stored
 * @param columns           the referencing columns, in key order
 * @param referencedTable   the referenced table
 * @param referencedColumns the referenced columns, matching {@code columns} one by one
 * @param onDelete          {@code NO ACTION}, {@code RESTRICT}, {@code CASCADE}, {@code SET NULL} or
 *                          {@code SET DEFAULT}
 * @param onUpdate          the same choices
 * @param referencedSchema  the referenced table's schema: null for the default schema in a {@link Schema} (see
 *                          {@link Namespaces}); as a reader returns it, null for the schema it read
 */
public record ForeignKey(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
                         String onDelete, String onUpdate, String referencedSchema) {

    public static final String NO_ACTION = "NO ACTION";

    public ForeignKey {
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
    }

    /** A foreign key to a table in the default schema (or, as a reader returns it, in the schema it read). */
    public ForeignKey(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
                      String onDelete, String onUpdate) {
        this(name, columns, referencedTable, referencedColumns, onDelete, onUpdate, null);
    }

    /** This key referencing a table in another schema (null: the default one). */
    public ForeignKey withReferencedSchema(String newReferencedSchema) {
        return new ForeignKey(name, columns, referencedTable, referencedColumns, onDelete, onUpdate,
                newReferencedSchema);
    }
}
