package dev.migrate.schema;

import java.util.Objects;

/**
 * A check constraint.
 *
 * @param name       the constraint name as stored
 * @param expression the condition as the database spells it, such that {@code CHECK (<expression>)} recreates it
 * @param written    the condition as a revision writes it (Hibernate's own text for a desired check), or null for
 *                   {@code expression}; not part of equality, as comparisons go by the database's spelling
 */
public record Check(String name, String expression, String written) {

    public Check(String name, String expression) {
        this(name, expression, null);
    }

    /** The condition a revision writes. */
    public String sql() {
        return written != null ? written : expression;
    }

    /** This check written as {@code text} in revisions. */
    public Check writtenAs(String text) {
        return new Check(name, expression, text);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Check c && Objects.equals(name, c.name) && Objects.equals(expression, c.expression);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, expression);
    }

    @Override
    public String toString() {
        return "Check[name=" + name + ", expression=" + expression + "]";
    }
}
