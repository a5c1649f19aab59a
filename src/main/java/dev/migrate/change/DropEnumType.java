package dev.migrate.change;

import dev.migrate.schema.EnumType;

/** Drops a named enum type, after the tables and columns that used it are dropped or changed. */
public record DropEnumType(EnumType type) implements Change {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public Change reverse() {
        return new CreateEnumType(type);
    }

    @Override
    public Phase phase() {
        return Phase.DROP_ENUM_TYPE;
    }

    @Override
    public String subject() {
        return type.name();
    }

    @Override
    public String describe() {
        return "removed enum type " + type.name();
    }
}
