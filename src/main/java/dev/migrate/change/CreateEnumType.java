package dev.migrate.change;

import dev.migrate.schema.EnumType;

/** Creates a named enum type, before the tables and columns that use it. */
public record CreateEnumType(EnumType type) implements Change {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public Change reverse() {
        return new DropEnumType(type);
    }

    @Override
    public Phase phase() {
        return Phase.CREATE_ENUM_TYPE;
    }

    @Override
    public String subject() {
        return type.name();
    }

    @Override
    public String describe() {
        return "added enum type " + type.name();
    }
}
