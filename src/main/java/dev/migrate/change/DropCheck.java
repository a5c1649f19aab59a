package dev.migrate.change;

import dev.migrate.schema.Check;

/** Drops a check constraint. */
public record DropCheck(String table, Check check) implements Change {

    @Override
    public Change reverse() {
        return new AddCheck(table, check);
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
        return "removed check constraint " + check.name() + " on " + table;
    }
}
