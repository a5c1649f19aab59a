package dev.migrate.change;

import dev.migrate.schema.Column;

/** Adds a column to an existing table. */
public record AddColumn(String table, Column column) implements Change {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public Change reverse() {
        return new DropColumn(table, column);
    }

    @Override
    public Phase phase() {
        return Phase.ADD_COLUMN;
    }

    @Override
    public String subject() {
        return table;
    }

    @Override
    public String describe() {
        return "added column " + table + "." + column.name();
    }
}
