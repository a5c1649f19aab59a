package dev.migrate.change;

import dev.migrate.schema.UniqueKey;

/**
 * Adds a unique constraint to an existing table.
 *
 * @param table      the table's key ({@code schema.name} outside the default schema)
 * @param constraint the unique constraint
 */
public record AddUniqueKey(String table, UniqueKey constraint) implements Change {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public Change reverse() {
        return new DropUniqueKey(table, constraint);
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
        return "added unique constraint " + constraint.name() + " on " + table + constraint.columns();
    }
}
