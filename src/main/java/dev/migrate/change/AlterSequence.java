package dev.migrate.change;

import dev.migrate.schema.Namespaces;
import dev.migrate.schema.Sequence;

/** Changes a sequence's increment, bounds, cache or cycling (its current value is left alone). */
public record AlterSequence(Sequence from, Sequence to) implements Change {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public Change reverse() {
        return new AlterSequence(to, from);
    }

    @Override
    public Phase phase() {
        return Phase.ALTER_SEQUENCE;
    }

    @Override
    public String subject() {
        return Namespaces.key(to);
    }

    @Override
    public String describe() {
        return "changed sequence " + Namespaces.key(to);
    }
}
