package dev.migrate.change;

import dev.migrate.schema.UniqueKey;

/** Drops a unique constraint. */
public record DropUniqueKey(String table, UniqueKey key) implements Change {

    @Override
    public Change reverse() {
        return new AddUniqueKey(table, key);
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
        return "removed unique constraint " + key.name() + " on " + table + key.columns();
    }
}
