package dev.migrate.change;

import dev.migrate.schema.Index;

/** Creates an index on an existing table. */
public record CreateIndex(String table, Index index) implements Change {

    @Override
    public Change reverse() {
        return new DropIndex(table, index);
    }

    @Override
    public Phase phase() {
        return Phase.CREATE_INDEX;
    }

    @Override
    public String subject() {
        return table;
    }

    @Override
    public String describe() {
        return "added " + (index.unique() ? "unique " : "") + "index " + index.name() + " on " + table;
    }
}
