package dev.migrate.change;

import dev.migrate.schema.Index;

/**
 * Drops an index. {@code ofForeignKey} marks the index MariaDB keeps for a foreign key (named after the key, on
 * exactly its columns): MariaDB drops that index by itself when an index created later can serve the key, so the
 * statement must not fail when it is already gone.
 */
public record DropIndex(String table, Index index, boolean ofForeignKey) implements Change {

    public DropIndex(String table, Index index) {
        this(table, index, false);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public Change reverse() {
        return new CreateIndex(table, index, ofForeignKey);
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
        return "removed " + (index.unique() ? "unique " : "") + "index " + index.name() + " on " + table
                + (ofForeignKey ? " (the index of foreign key " + index.name() + ")" : "");
    }
}
