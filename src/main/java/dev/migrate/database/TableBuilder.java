package dev.migrate.database;

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
final class TableBuilder {

    final String name;
    final String comment;
    final List<Column> columns = new ArrayList<>();
    PrimaryKey primaryKey;
    final List<UniqueKey> uniqueKeys = new ArrayList<>();
    final List<ForeignKey> foreignKeys = new ArrayList<>();
    final List<Check> checks = new ArrayList<>();
    final List<Index> indexes = new ArrayList<>();

    TableBuilder(String name, String comment) {
        this.name = name;
        this.comment = comment;
    }

    Table build() {
        return new Table(name, columns, Optional.ofNullable(primaryKey), uniqueKeys, foreignKeys, checks, indexes,
                comment);
    }
}
