package dev.migrate.schema;

import java.util.List;

/**
 * A foreign key.
 *
 * @param name              the constraint name as stored
 * @param columns           the referencing columns, in key order
 * @param referencedTable   the referenced table (in the same schema)
 * @param referencedColumns the referenced columns, matching {@code columns} one by one
 * @param onDelete          {@code NO ACTION}, {@code RESTRICT}, {@code CASCADE}, {@code SET NULL} or {@code SET DEFAULT}
 * @param onUpdate          the same choices
 */
public record ForeignKey(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
                         String onDelete, String onUpdate) {

    public static final String NO_ACTION = "NO ACTION";

    public ForeignKey {
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
    }
}
