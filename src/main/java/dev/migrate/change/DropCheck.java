package dev.migrate.change;

import dev.migrate.schema.Check;

/**
 * Drops a check constraint.
 *
 * @param table      the table's key ({@code schema.name} outside the default schema)
 * @param constraint the check constraint
 */
public record DropCheck(String table, Check constraint) implements Change {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public Change reverse() {
        return new AddCheck(table, constraint);
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
        return "removed check constraint " + constraint.name() + " on " + table;
    }
}
