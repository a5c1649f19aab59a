package dev.migrate.change;

/**
 * Drops a schema (MariaDB and MySQL: a database); only ever the reverse of {@link CreateSchema}, after the revision's
 * downgrade has dropped what it created there.
 *
 * @param schema the schema's name as stored
 */
public record DropSchema(String schema) implements Change {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public Change reverse() {
        return new CreateSchema(schema);
    }

    @Override
    public Phase phase() {
        return Phase.DROP_SCHEMA;
    }

    @Override
    public String subject() {
        return schema;
    }

    @Override
    public String describe() {
        return "removed schema " + schema;
    }
}
