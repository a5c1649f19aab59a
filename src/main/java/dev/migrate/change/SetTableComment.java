package dev.migrate.change;

/** Sets (or removes, with null) a table's comment. */
public record SetTableComment(String table, String from, String to) implements Change {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public Change reverse() {
        return new SetTableComment(table, to, from);
    }

    @Override
    public Phase phase() {
        return Phase.COMMENT;
    }

    @Override
    public String subject() {
        return table;
    }

    @Override
    public String describe() {
        return "changed comment of table " + table;
    }
}
