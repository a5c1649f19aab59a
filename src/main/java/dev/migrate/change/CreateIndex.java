package dev.migrate.change;

import dev.migrate.schema.Index;

/**
 * Creates an index on an existing table. {@code ofForeignKey} marks the index MariaDB keeps for a foreign key (see
 * {@link DropIndex}).
 */
public record CreateIndex(String table, Index index, boolean ofForeignKey) implements Change {

    public CreateIndex(String table, Index index) {
        this(table, index, false);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public Change reverse() {
        return new DropIndex(table, index, ofForeignKey);
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
        return "added " + (index.unique() ? "unique " : "") + "index " + index.name() + " on " + table
                + (ofForeignKey ? " (the index of foreign key " + index.name() + ")" : "");
    }
}
