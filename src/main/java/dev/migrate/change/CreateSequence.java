package dev.migrate.change;

import dev.migrate.schema.Namespaces;
import dev.migrate.schema.Sequence;

/** Creates a sequence. */
public record CreateSequence(Sequence sequence) implements Change {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public Change reverse() {
        return new DropSequence(sequence);
    }

    @Override
    public Phase phase() {
        return Phase.CREATE_SEQUENCE;
    }

    @Override
    public String subject() {
        return Namespaces.key(sequence);
    }

    @Override
    public String describe() {
        return "added sequence " + Namespaces.key(sequence);
    }
}
