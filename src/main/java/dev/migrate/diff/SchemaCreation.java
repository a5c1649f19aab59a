package dev.migrate.diff;

import dev.migrate.change.Change;
import dev.migrate.change.CreateSchema;
import dev.migrate.change.CreateSequence;
import dev.migrate.change.CreateTable;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The schemas (MariaDB: databases) an upgrade must create first: those it creates a table or sequence in that the
 * database does not have. Their reverses drop them at the end of the downgrade, so a schema is only ever dropped by
 * the revision that created it.
 */
public final class SchemaCreation {

    private SchemaCreation() {
    }

    /** {@code upgrade} preceded by a {@link CreateSchema} for each of {@code missing} it creates objects in. */
    public static List<Change> prepend(List<Change> upgrade, Set<String> missing) {
        Set<String> created = new TreeSet<>();
        for (Change change : upgrade) {
            String schema = change instanceof CreateTable t ? t.table().schema()
                    : change instanceof CreateSequence s ? s.sequence().schema() : null;
            if (schema != null && missing.contains(schema)) {
                created.add(schema);
            }
        }
        if (created.isEmpty()) {
            return upgrade;
        }
        List<Change> changes = new ArrayList<>();
        created.forEach(schema -> changes.add(new CreateSchema(schema)));
        changes.addAll(upgrade);
        return changes;
    }
}
