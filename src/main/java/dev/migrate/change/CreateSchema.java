package dev.migrate.change;

/**
 * Creates a schema (MariaDB and MySQL: a database) that entities name and the database lacks; its reverse drops it,
 * so a downgrade removes only a schema its revision created.
 *
 * @param schema the schema's name as stored
 */
public record CreateSchema(String schema) implements Change {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public Change reverse() {
        return new DropSchema(schema);
    }

    @Override
    public Phase phase() {
        return Phase.CREATE_SCHEMA;
    }

    @Override
    public String subject() {
        return schema;
    }

    @Override
    public String describe() {
        return "added schema " + schema;
    }
}
