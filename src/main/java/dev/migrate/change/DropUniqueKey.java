package dev.migrate.change;

import dev.migrate.schema.UniqueKey;

/**
 * Drops a unique constraint.
 *
 * @param table      the table's key ({@code schema.name} outside the default schema)
 * @param constraint the unique constraint
 */
public record DropUniqueKey(String table, UniqueKey constraint) implements Change {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public Change reverse() {
        return new AddUniqueKey(table, constraint);
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
        return "removed unique constraint " + constraint.name() + " on " + table + constraint.columns();
    }
}
