package dev.migrate.change;

import dev.migrate.schema.UniqueKey;

/** Adds a unique constraint to an existing table. */
public record AddUniqueKey(String table, UniqueKey key) implements Change {

    @Override
    public Change reverse() {
        return new DropUniqueKey(table, key);
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
        return "added unique constraint " + key.name() + " on " + table + key.columns();
    }
}
