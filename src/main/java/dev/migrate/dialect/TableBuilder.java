package dev.migrate.dialect;

import dev.migrate.schema.Check;
import dev.migrate.schema.Column;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueKey;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Collects a table's parts from the rows of several bulk queries, then freezes them into a {@link Table}. */
public final class TableBuilder {

    public final String name;
    public final String comment;
    public final List<Column> columns = new ArrayList<>();
    public PrimaryKey primaryKey;
    public final List<UniqueKey> uniqueKeys = new ArrayList<>();
    public final List<ForeignKey> foreignKeys = new ArrayList<>();
    public final List<Check> checks = new ArrayList<>();
    public final List<Index> indexes = new ArrayList<>();

    public TableBuilder(String name, String comment) {
        this.name = name;
        this.comment = comment;
    }

    public Table build() {
        return new Table(name, columns, Optional.ofNullable(primaryKey), uniqueKeys, foreignKeys, checks, indexes,
                comment);
    }
}
