package dev.migrate.change;

import dev.migrate.schema.PrimaryKey;

/** Adds a primary key to an existing table. */
public record AddPrimaryKey(String table, PrimaryKey key) implements Change {

    @Override
    public Change reverse() {
        return new DropPrimaryKey(table, key);
    }

    @Override
    public Phase phase() {
        return Phase.ADD_CONSTRAINT;
    }

    @Override
    public String subject() {
        return table;
    }

    @Override
    public String describe() {
        return "added primary key " + table + key.columns();
    }
}
