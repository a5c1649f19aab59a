package dev.migrate.change;

import dev.migrate.schema.EnumType;

import java.util.List;

/**
 * Replaces an enum type by one with values removed or reordered, which PostgreSQL cannot alter in place: the old
 * type is renamed, the new one created under the name, each column that uses it converted through its text, and the
 * old type dropped. Rows holding a removed value make the conversion fail.
 *
 * @param from    the type as it is
 * @param to      the type as it becomes (same name)
 * @param columns the columns that use the type, to convert
 */
public record RebuildEnumType(EnumType from, EnumType to, List<EnumColumn> columns) implements Change {

    public RebuildEnumType {
        columns = List.copyOf(columns);
    }

    /** The values the rebuild removes. */
    public List<String> removedValues() {
        return from.values().stream().filter(v -> !to.values().contains(v)).toList();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public Change reverse() {
        return AddEnumValue.onlyAdds(to, from) ? new AddEnumValue(to, from, columns)
                : new RebuildEnumType(to, from, columns);
    }

    @Override
    public Phase phase() {
        return Phase.ALTER_ENUM_TYPE;
    }

    @Override
    public String subject() {
        return to.name();
    }

    @Override
    public String describe() {
        return "rebuilt enum type " + to.name() + " " + from.values() + " -> " + to.values();
    }
}
