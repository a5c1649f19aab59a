package dev.migrate.change;

import dev.migrate.schema.PrimaryKey;

/**
 * Adds a primary key to an existing table.
 *
 * @param table      the table's key ({@code schema.name} outside the default schema)
 * @param constraint the primary key
 */
public record AddPrimaryKey(String table, PrimaryKey constraint) implements Change {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public Change reverse() {
        return new DropPrimaryKey(table, constraint);
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
        return "added primary key " + table + constraint.columns();
    }
}
