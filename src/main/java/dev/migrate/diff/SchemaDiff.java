package dev.migrate.diff;

import dev.migrate.change.AddCheck;
import dev.migrate.change.AddColumn;
import dev.migrate.change.AddForeignKey;
import dev.migrate.change.AddPrimaryKey;
import dev.migrate.change.AddUniqueKey;
import dev.migrate.change.AlterColumn;
import dev.migrate.change.AlterSequence;
import dev.migrate.change.Change;
import dev.migrate.change.CreateIndex;
import dev.migrate.change.CreateSequence;
import dev.migrate.change.CreateTable;
import dev.migrate.change.DropCheck;
import dev.migrate.change.DropColumn;
import dev.migrate.change.DropForeignKey;
import dev.migrate.change.DropIndex;
import dev.migrate.change.DropPrimaryKey;
import dev.migrate.change.DropSequence;
import dev.migrate.change.DropTable;
import dev.migrate.change.DropUniqueKey;
import dev.migrate.change.SetTableComment;
import dev.migrate.schema.Column;
import dev.migrate.schema.Index;
import dev.migrate.schema.Namespaces;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.Table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Compares the live schema with the desired one (both read by the same reader, so spelled alike) and returns the
 * changes that turn the first into the second, in the order an upgrade runs them. Constraints and indexes are
 * matched by what they do, not by name: Hibernate's generated names and the database's defaults differ.
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
        List<Change> ordered = new ArrayList<>(changes);
        ordered.sort(Comparator.comparing(Change::phase).thenComparing(Change::subject));
        return ordered;
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

    private static Table withoutForeignKeys(Table table) {
        return new Table(table.name(), table.columns(), table.primaryKey(), table.uniqueKeys(), List.of(),
                table.checks(), table.indexes(), table.comment(), table.schema());
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
        match(live.indexes(), desired.indexes(), SchemaDiff::indexDefinition,
                index -> changes.add(new DropIndex(name, index)), index -> changes.add(new CreateIndex(name, index)));
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
                                  java.util.function.Consumer<T> removed, java.util.function.Consumer<T> added) {
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
