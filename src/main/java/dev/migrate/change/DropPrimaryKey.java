package dev.migrate.change;

import dev.migrate.schema.PrimaryKey;

/**
 * Drops a table's primary constraint.
 *
 * @param table      the table's key ({@code schema.name} outside the default schema)
 * @param constraint the primary key
 */
public record DropPrimaryKey(String table, PrimaryKey constraint) implements Change {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public Change reverse() {
        return new AddPrimaryKey(table, constraint);
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
        return "removed primary key " + table + constraint.columns();
    }
}
