package dev.migrate.change;

import dev.migrate.schema.Check;

/** Adds a check constraint to an existing table. */
public record AddCheck(String table, Check check) implements Change {

    @Override
    public Change reverse() {
        return new DropCheck(table, check);
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
        return "added check constraint " + check.name() + " on " + table;
    }
}
