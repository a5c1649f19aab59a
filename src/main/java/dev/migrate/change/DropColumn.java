package dev.migrate.change;

import dev.migrate.schema.Column;

/** Drops a column; it keeps the column so that its reverse can add it again. */
public record DropColumn(String table, Column column) implements Change {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public Change reverse() {
        return new AddColumn(table, column);
    }

    @Override
    public Phase phase() {
        return Phase.DROP_COLUMN;
    }

    @Override
    public String subject() {
        return table;
    }

    @Override
    public String describe() {
        return "removed column " + table + "." + column.name();
    }
}
