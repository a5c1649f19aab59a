package dev.migrate.change;

import dev.migrate.schema.Sequence;

/** Creates a sequence. */
public record CreateSequence(Sequence sequence) implements Change {

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
        return sequence.name();
    }

    @Override
    public String describe() {
        return "added sequence " + sequence.name();
    }
}
