package dev.migrate.change;

import dev.migrate.schema.Namespaces;
import dev.migrate.schema.Sequence;

/** Drops a sequence, after everything that might use it. */
public record DropSequence(Sequence sequence) implements Change {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public Change reverse() {
        return new CreateSequence(sequence);
    }

    @Override
    public Phase phase() {
        return Phase.DROP_SEQUENCE;
    }

    @Override
    public String subject() {
        return Namespaces.key(sequence);
    }

    @Override
    public String describe() {
        return "removed sequence " + Namespaces.key(sequence);
    }
}
