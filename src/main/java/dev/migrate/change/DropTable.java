package dev.migrate.change;

import dev.migrate.schema.Namespaces;
import dev.migrate.schema.Table;

/** Drops a table; it keeps the whole table so that its reverse can create it again. */
public record DropTable(Table table) implements Change {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public Change reverse() {
        return new CreateTable(table);
    }

    @Override
    public Phase phase() {
        return Phase.DROP_TABLE;
    }

    @Override
    public String subject() {
        return Namespaces.key(table);
    }

    @Override
    public String describe() {
        return "removed table " + Namespaces.key(table);
    }
}
