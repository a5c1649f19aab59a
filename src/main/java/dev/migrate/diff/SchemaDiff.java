package dev.migrate.diff;

import dev.migrate.change.AddCheck;
import dev.migrate.change.AddColumn;
import dev.migrate.change.AddEnumValue;
import dev.migrate.change.AddForeignKey;
import dev.migrate.change.AddPrimaryKey;
import dev.migrate.change.AddUniqueKey;
import dev.migrate.change.AlterColumn;
import dev.migrate.change.AlterSequence;
import dev.migrate.change.Change;
import dev.migrate.change.CreateEnumType;
import dev.migrate.change.CreateIndex;
import dev.migrate.change.CreateSequence;
import dev.migrate.change.CreateTable;
import dev.migrate.change.DropCheck;
import dev.migrate.change.DropColumn;
import dev.migrate.change.DropEnumType;
import dev.migrate.change.DropForeignKey;
import dev.migrate.change.DropIndex;
import dev.migrate.change.DropPrimaryKey;
import dev.migrate.change.DropSequence;
import dev.migrate.change.DropTable;
import dev.migrate.change.DropUniqueKey;
import dev.migrate.change.EnumColumn;
import dev.migrate.change.RebuildEnumType;
import dev.migrate.change.SetTableComment;
import dev.migrate.schema.Column;
import dev.migrate.schema.EnumType;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.Namespaces;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.Table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Compares the live schema with the desired one (both read by the same reader, so spelled alike) and returns the
 * changes that turn the first into the second, in the order an upgrade runs them. Constraints and indexes are
 * matched by what they do, not by name: Hibernate's generated names and the database's defaults differ. An index
 * that serves a foreign key the changes keep is dropped only after its replacement exists ({@link ForeignKeyIndexes}).
 */
public final class SchemaDiff {

    private SchemaDiff() {
    }

    /**
     * The changes from {@code live} to {@code desired}, ignoring tables for which {@code excluded} holds. Tables and
     * sequences are matched by their keys ({@code schema.name} outside the default schema, see
     * {@link dev.migrate.schema.Namespaces}), and the changes name tables by those keys.
     */
    public static List<Change> changes(Schema live, Schema desired, Predicate<String> excluded) {
        List<Change> changes = new ArrayList<>();
        for (Table table : desired.tables().values()) {
            String key = Namespaces.key(table);
            if (excluded.test(key)) {
                continue;
            }
            Table existing = live.tables().get(key);
            if (existing == null) {
                changes.add(new CreateTable(withoutForeignKeys(table)));
                table.foreignKeys().forEach(fk -> changes.add(new AddForeignKey(key, fk)));
            } else {
                compareTables(existing, table, changes);
            }
        }
        for (Table table : live.tables().values()) {
            String key = Namespaces.key(table);
            if (!excluded.test(key) && !desired.tables().containsKey(key)) {
                table.foreignKeys().forEach(fk -> changes.add(new DropForeignKey(key, fk)));
                changes.add(new DropTable(withoutForeignKeys(table)));
            }
        }
        compareSequences(live, desired, changes);
        compareEnumTypes(live, desired, excluded, changes);
        List<Change> ordered = new ArrayList<>(changes);
        ordered.sort(Comparator.comparing(Change::phase).thenComparing(Change::subject));
        return ForeignKeyIndexes.order(ordered, keptForeignKeys(live, changes));
    }

    /** The foreign keys of the live tables that the changes leave in place, by table. */
    private static Map<String, List<ForeignKey>> keptForeignKeys(Schema live, List<Change> changes) {
        Map<String, List<ForeignKey>> kept = new HashMap<>();
        for (Table table : live.tables().values()) {
            String key = Namespaces.key(table);
            kept.put(key, table.foreignKeys().stream().filter(fk -> changes.stream().noneMatch(
                    c -> c instanceof DropForeignKey d && d.table().equals(key) && d.constraint().equals(fk)))
                    .toList());
        }
        return kept;
    }

    /** The downgrade of {@code upgrade}: each change's reverse, in the opposite order. */
    public static List<Change> reverse(List<Change> upgrade) {
        List<Change> downgrade = new ArrayList<>(upgrade.size());
        for (Change change : upgrade) {
            downgrade.add(change.reverse());
        }
        Collections.reverse(downgrade);
        return downgrade;
    }

    /** The table without its foreign keys and the indexes MariaDB makes for them: adding the keys makes those. */
    private static Table withoutForeignKeys(Table table) {
        List<Index> indexes = table.indexes().stream()
                .filter(index -> !ForeignKeyIndexes.ownedByAny(index, table.foreignKeys())).toList();
        return table.withForeignKeys(List.of()).withIndexes(indexes);
    }

    private static void compareTables(Table live, Table desired, List<Change> changes) {
        String name = Namespaces.key(desired);
        for (Column column : desired.columns()) {
            Optional<Column> existing = live.column(column.name());
            if (existing.isEmpty()) {
                changes.add(new AddColumn(name, column));
            } else if (!sameDefinition(existing.get(), column)) {
                changes.add(new AlterColumn(name, existing.get(), column));
            }
        }
        for (Column column : live.columns()) {
            if (desired.column(column.name()).isEmpty()) {
                changes.add(new DropColumn(name, column));
            }
        }
        Optional<List<String>> livePk = live.primaryKey().map(pk -> pk.columns());
        Optional<List<String>> desiredPk = desired.primaryKey().map(pk -> pk.columns());
        if (!livePk.equals(desiredPk)) {
            live.primaryKey().ifPresent(pk -> changes.add(new DropPrimaryKey(name, pk)));
            desired.primaryKey().ifPresent(pk -> changes.add(new AddPrimaryKey(name, pk)));
        }
        match(live.uniqueKeys(), desired.uniqueKeys(), uk -> uk.columns(),
                uk -> changes.add(new DropUniqueKey(name, uk)), uk -> changes.add(new AddUniqueKey(name, uk)));
        match(live.foreignKeys(), desired.foreignKeys(),
                fk -> List.of(fk.columns(), fk.referencedTable(), fk.referencedColumns(), fk.onDelete(), fk.onUpdate(),
                        String.valueOf(fk.referencedSchema())),
                fk -> changes.add(new DropForeignKey(name, fk)), fk -> changes.add(new AddForeignKey(name, fk)));
        match(live.checks(), desired.checks(), check -> check.expression(),
                check -> changes.add(new DropCheck(name, check)), check -> changes.add(new AddCheck(name, check)));
        // the index MariaDB made for a foreign key is not the declared index on the same columns: MariaDB drops
        // its own by itself once another index can serve the key, so the two must not stand in for each other
        Predicate<Index> ofForeignKey = index -> ForeignKeyIndexes.ownedByAny(index, live.foreignKeys())
                || ForeignKeyIndexes.ownedByAny(index, desired.foreignKeys());
        match(live.indexes(), desired.indexes(), index -> List.of(indexDefinition(index), ofForeignKey.test(index)),
                index -> changes.add(new DropIndex(name, index, ForeignKeyIndexes.ownedByAny(index,
                        live.foreignKeys()))),
                index -> changes.add(new CreateIndex(name, index, ForeignKeyIndexes.ownedByAny(index,
                        desired.foreignKeys()))));
        if (!Objects.equals(live.comment(), desired.comment())) {
            changes.add(new SetTableComment(name, live.comment(), desired.comment()));
        }
    }

    private static Object indexDefinition(Index index) {
        return List.of(index.unique(), index.keys(), Objects.toString(index.predicate()),
                Objects.toString(index.method()));
    }

    private static boolean sameDefinition(Column a, Column b) {
        return a.type().equals(b.type()) && a.nullable() == b.nullable()
                && Objects.equals(a.defaultValue(), b.defaultValue()) && a.identity() == b.identity()
                && Objects.equals(a.generated(), b.generated()) && Objects.equals(a.comment(), b.comment());
    }

    /** Pairs items with equal keys one to one; reports the live ones left over and the desired ones left over. */
    private static <T> void match(List<T> live, List<T> desired, Function<T, Object> key,
                                  Consumer<T> removed, Consumer<T> added) {
        List<T> unmatched = new ArrayList<>(desired);
        for (T item : live) {
            Object k = key.apply(item);
            Optional<T> twin = unmatched.stream().filter(d -> key.apply(d).equals(k)).findFirst();
            if (twin.isPresent()) {
                unmatched.remove(twin.get());
            } else {
                removed.accept(item);
            }
        }
        unmatched.forEach(added);
    }

    /**
     * Enum types by name: created, dropped, values added in place, or (a value removed or the order changed)
     * rebuilt, converting the columns that use the type and survive the upgrade.
     */
    private static void compareEnumTypes(Schema live, Schema desired, Predicate<String> excluded,
                                         List<Change> changes) {
        for (EnumType type : desired.enumTypes().values()) {
            EnumType existing = live.enumTypes().get(type.name());
            if (existing == null) {
                changes.add(new CreateEnumType(type));
            } else if (!existing.values().equals(type.values())) {
                List<EnumColumn> columns = keptColumnsOfType(live, desired, excluded, type.name());
                changes.add(AddEnumValue.onlyAdds(existing, type) ? new AddEnumValue(existing, type, columns)
                        : new RebuildEnumType(existing, type, columns));
            }
        }
        for (EnumType type : live.enumTypes().values()) {
            if (!desired.enumTypes().containsKey(type.name())) {
                changes.add(new DropEnumType(type));
            }
        }
    }

    /** The live columns of type {@code typeName} whose table and column the desired schema keeps. */
    private static List<EnumColumn> keptColumnsOfType(Schema live, Schema desired, Predicate<String> excluded,
                                                      String typeName) {
        String quoted = "\"" + typeName.replace("\"", "\"\"") + "\"";
        List<EnumColumn> columns = new ArrayList<>();
        for (Table table : live.tables().values()) {
            Table kept = desired.tables().get(table.name());
            if (kept == null || excluded.test(table.name())) {
                continue;
            }
            for (Column column : table.columns()) {
                if ((column.type().equals(typeName) || column.type().equals(quoted))
                        && kept.column(column.name()).isPresent()) {
                    columns.add(new EnumColumn(table.name(), column.name(), column.defaultValue()));
                }
            }
        }
        return columns;
    }

    private static void compareSequences(Schema live, Schema desired, List<Change> changes) {
        for (Sequence sequence : desired.sequences().values()) {
            Sequence existing = live.sequences().get(Namespaces.key(sequence));
            if (existing == null) {
                changes.add(new CreateSequence(sequence));
            } else if (!existing.equals(sequence)) {
                changes.add(new AlterSequence(existing, sequence));
            }
        }
        for (Sequence sequence : live.sequences().values()) {
            if (!desired.sequences().containsKey(Namespaces.key(sequence))) {
                changes.add(new DropSequence(sequence));
            }
        }
    }
}
