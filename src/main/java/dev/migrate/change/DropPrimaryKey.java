package dev.migrate.change;

import dev.migrate.schema.PrimaryKey;

/** Drops a table's primary key. */
public record DropPrimaryKey(String table, PrimaryKey key) implements Change {

    @Override
    public Change reverse() {
        return new AddPrimaryKey(table, key);
    }

    @Override
    public Phase phase() {
        return Phase.DROP_CONSTRAINT;
    }

    @Override
    public String subject() {
        return table;
    }

    @Override
    public String describe() {
        return "removed primary key " + table + key.columns();
    }
}
