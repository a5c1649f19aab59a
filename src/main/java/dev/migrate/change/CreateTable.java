package dev.migrate.change;

import dev.migrate.schema.Namespaces;
import dev.migrate.schema.Table;

/** Creates a table with its primary key, unique keys, checks, indexes and comments (foreign keys come apart). */
public record CreateTable(Table table) implements Change {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public Change reverse() {
        return new DropTable(table);
    }

    @Override
    public Phase phase() {
        return Phase.CREATE_TABLE;
    }

    @Override
    public String subject() {
        return Namespaces.key(table);
    }

    @Override
    public String describe() {
        return "added table " + Namespaces.key(table);
    }
}
