package dev.migrate.diff;

import dev.migrate.change.AddForeignKey;
import dev.migrate.change.Change;
import dev.migrate.change.DropForeignKey;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Namespaces;

import java.util.ArrayList;
import java.util.List;

/**
 * Names the default schema in foreign keys that reach it from another schema. The model leaves the default schema
 * unnamed, and PostgreSQL would find an unqualified referenced table on the search path, but H2 and MariaDB look for
 * it in the referencing table's schema, so the revision says {@code REFERENCES app.customer}.
 */
public final class DefaultSchemaReferences {

    private DefaultSchemaReferences() {
    }

    /** {@code changes} with {@code defaultSchema} (as stored) named in each such foreign key. */
    public static List<Change> qualify(List<Change> changes, String defaultSchema) {
        if (defaultSchema == null) {
            return changes;
        }
        List<Change> qualified = new ArrayList<>(changes.size());
        for (Change change : changes) {
            if (change instanceof AddForeignKey add && crosses(add.table(), add.constraint())) {
                qualified.add(new AddForeignKey(add.table(), named(add.constraint(), defaultSchema)));
            } else if (change instanceof DropForeignKey drop && crosses(drop.table(), drop.constraint())) {
                qualified.add(new DropForeignKey(drop.table(), named(drop.constraint(), defaultSchema)));
            } else {
                qualified.add(change);
            }
        }
        return qualified;
    }

    private static boolean crosses(String table, ForeignKey key) {
        return Namespaces.schemaOf(table) != null && key.referencedSchema() == null;
    }

    private static ForeignKey named(ForeignKey key, String schema) {
        return key.withReferencedSchema(schema);
    }
}
