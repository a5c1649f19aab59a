package dev.migrate.change;

import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Namespaces;

/** Adds a foreign key; runs after every table it needs exists. */
public record AddForeignKey(String table, ForeignKey key) implements Change {

    @Override
    public Change reverse() {
        return new DropForeignKey(table, key);
    }

    @Override
    public Phase phase() {
        return Phase.ADD_FOREIGN_KEY;
    }

    @Override
    public String subject() {
        return table;
    }

    @Override
    public String describe() {
        return "added foreign key " + key.name() + " " + table + key.columns() + " -> "
                + Namespaces.key(key.referencedSchema(), key.referencedTable()) + key.referencedColumns();
    }
}
