package dev.migrate.change;

import dev.migrate.schema.EnumType;

import java.util.ArrayList;
import java.util.List;

/**
 * Adds the values of {@code to} that {@code from} lacks, each in its place ({@code ALTER TYPE ... ADD VALUE}); the
 * values of {@code from} keep their order in {@code to}. Its reverse removes them again, which PostgreSQL can only do
 * by rebuilding the type, so it carries the columns that use the type.
 *
 * @param from    the type as it is
 * @param to      the type as it becomes
 * @param columns the columns using the type that an upgrade keeps
 */
public record AddEnumValue(EnumType from, EnumType to, List<EnumColumn> columns) implements Change {

    public AddEnumValue {
        columns = List.copyOf(columns);
        if (!onlyAdds(from, to)) {
            throw new IllegalArgumentException(to + " does not only add values to " + from);
        }
    }

    /** Whether {@code to} holds every value of {@code from} in the same order, with others in between or after. */
    public static boolean onlyAdds(EnumType from, EnumType to) {
        int at = 0;
        for (String value : to.values()) {
            if (at < from.values().size() && from.values().get(at).equals(value)) {
                at++;
            } else if (from.values().contains(value)) {
                return false;
            }
        }
        return at == from.values().size();
    }

    /** One placement for each added value, in the order they are added. */
    public List<Placement> placements() {
        List<Placement> placements = new ArrayList<>();
        List<String> values = to.values();
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (from.values().contains(value)) {
                continue;
            }
            if (i > 0) {
                placements.add(new Placement(value, null, i == values.size() - 1 ? null : values.get(i - 1)));
            } else {
                placements.add(new Placement(value, from.values().isEmpty() ? null : from.values().get(0), null));
            }
        }
        return placements;
    }

    /**
     * Where one value goes: before a value, after one, or (both null) at the end.
     *
     * @param value  the new value
     * @param before the value it goes before, or null
     * @param after  the value it goes after, or null
     */
    public record Placement(String value, String before, String after) {
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public Change reverse() {
        return new RebuildEnumType(to, from, columns);
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
        return "added " + to.values().stream().filter(v -> !from.values().contains(v)).toList() + " to enum type "
                + to.name();
    }
}
