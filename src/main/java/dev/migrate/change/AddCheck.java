package dev.migrate.change;

import dev.migrate.schema.Check;

/**
 * Adds a check constraint to an existing table.
 *
 * @param table      the table's key ({@code schema.name} outside the default schema)
 * @param constraint the check constraint
 */
public record AddCheck(String table, Check constraint) implements Change {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public Change reverse() {
        return new DropCheck(table, constraint);
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
        return "added check constraint " + constraint.name() + " on " + table;
    }
}
