package dev.migrate.change;

import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Namespaces;

/**
 * Adds a foreign key; runs after every table it needs exists.
 *
 * @param table      the table's key ({@code schema.name} outside the default schema)
 * @param constraint the foreign key
 */
public record AddForeignKey(String table, ForeignKey constraint) implements Change {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public Change reverse() {
        return new DropForeignKey(table, constraint);
    }

    @Override
    public Phase phase() {
        return Phase.ADD_FOREIGN_KEY;
    }

    @Override
    public String subject() {
        return table;
    }

    @Override
    public String describe() {
        return "added foreign key " + constraint.name() + " " + table + constraint.columns() + " -> "
                + Namespaces.key(constraint.referencedSchema(), constraint.referencedTable())
                + constraint.referencedColumns();
    }
}
