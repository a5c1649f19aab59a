package dev.migrate.change;

import dev.migrate.schema.Index;

/** Drops an index. */
public record DropIndex(String table, Index index) implements Change {

    @Override
    public Change reverse() {
        return new CreateIndex(table, index);
    }

    @Override
    public Phase phase() {
        return Phase.DROP_INDEX;
    }

    @Override
    public String subject() {
        return table;
    }

    @Override
    public String describe() {
        return "removed " + (index.unique() ? "unique " : "") + "index " + index.name() + " on " + table;
    }
}
