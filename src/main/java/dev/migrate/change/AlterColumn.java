package dev.migrate.change;

import dev.migrate.schema.Column;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Changes a column's type, nullability, default, identity or comment, from one definition to another. */
public record AlterColumn(String table, Column from, Column to) implements Change {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public Change reverse() {
        return new AlterColumn(table, to, from);
    }

    @Override
    public Phase phase() {
        return Phase.ALTER_COLUMN;
    }

    @Override
    public String subject() {
        return table;
    }

    public boolean typeChanged() {
        return !from.type().equals(to.type());
    }

    public boolean nullabilityChanged() {
        return from.nullable() != to.nullable();
    }

    public boolean defaultChanged() {
        return !Objects.equals(from.defaultValue(), to.defaultValue());
    }

    public boolean identityChanged() {
        return from.identity() != to.identity();
    }

    public boolean commentChanged() {
        return !Objects.equals(from.comment(), to.comment());
    }

    public boolean generatedChanged() {
        return !Objects.equals(from.generated(), to.generated());
    }

    @Override
    public String describe() {
        List<String> what = new ArrayList<>();
        if (typeChanged()) {
            what.add("type " + from.type() + " -> " + to.type());
        }
        if (nullabilityChanged()) {
            what.add(to.nullable() ? "nullable" : "NOT NULL");
        }
        if (defaultChanged()) {
            what.add("default " + from.defaultValue() + " -> " + to.defaultValue());
        }
        if (identityChanged()) {
            what.add("identity " + from.identity() + " -> " + to.identity());
        }
        if (generatedChanged()) {
            what.add("generated expression");
        }
        if (commentChanged()) {
            what.add("comment");
        }
        return "changed column " + table + "." + to.name() + " (" + String.join(", ", what) + ")";
    }
}
