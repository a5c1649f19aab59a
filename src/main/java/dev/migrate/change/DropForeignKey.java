package dev.migrate.change;

import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Namespaces;

/** Drops a foreign key; runs before what it references is dropped. */
public record DropForeignKey(String table, ForeignKey key) implements Change {

    @Override
    public Change reverse() {
        return new AddForeignKey(table, key);
    }

    @Override
    public Phase phase() {
        return Phase.DROP_FOREIGN_KEY;
    }

    @Override
    public String subject() {
        return table;
    }

    @Override
    public String describe() {
        return "removed foreign key " + key.name() + " " + table + key.columns() + " -> "
                + Namespaces.key(key.referencedSchema(), key.referencedTable()) + key.referencedColumns();
    }
}
