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
import dev.migrate.change.CreateSchema;
import dev.migrate.change.CreateSequence;
import dev.migrate.change.CreateTable;
import dev.migrate.change.DropCheck;
import dev.migrate.change.DropColumn;
import dev.migrate.change.DropEnumType;
import dev.migrate.change.DropForeignKey;
import dev.migrate.change.DropIndex;
import dev.migrate.change.DropPrimaryKey;
import dev.migrate.change.DropSchema;
import dev.migrate.change.DropSequence;
import dev.migrate.change.DropTable;
import dev.migrate.change.DropUniqueKey;
import dev.migrate.change.RebuildEnumType;
import dev.migrate.change.SetTableComment;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.IndexKey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What MariaDB (InnoDB) does with the indexes of foreign keys, as the diff must respect it. A foreign key needs an
 * index whose first columns are its columns in order; when there is none, adding the key creates one named after
 * it, which MariaDB later drops by itself as soon as another index can serve the key, and the last index a key
 * needs cannot be dropped ({@code Cannot drop index ...: needed in a foreign key constraint}). The MariaDB reader
 * shows that index like any other, so the diff creates and drops it like any other, with two rules: an index that
 * serves a kept key is dropped only after its replacement exists, and the key's own index may already be gone.
 * PostgreSQL has no such indexes and the H2 reader leaves its own out, so there the rules find nothing to change.
 */
final class ForeignKeyIndexes {

    private ForeignKeyIndexes() {
    }

    /** Whether {@code index} is the one MariaDB makes for one of {@code keys}: named after it, on its columns. */
    static boolean ownedByAny(Index index, List<ForeignKey> keys) {
        return keys.stream().anyMatch(key -> key.name().equals(index.name()) && !index.unique()
                && index.predicate() == null && key.columns().equals(plainColumns(index)));
    }

    /**
     * {@code ordered} with every change that removes an index, unique key or primary key serving a foreign key that
     * stays ({@code kept}, by table) moved after the changes that add another index serving that key.
     */
    static List<Change> order(List<Change> ordered, Map<String, List<ForeignKey>> kept) {
        List<Change> result = new ArrayList<>(ordered);
        for (int i = 0; i < result.size(); i++) {
            Change remover = result.get(i);
            List<String> removed = removedColumns(remover);
            if (removed == null) {
                continue;
            }
            List<ForeignKey> served = kept.getOrDefault(remover.subject(), List.of()).stream()
                    .filter(key -> serves(removed, key)).toList();
            int last = i;
            for (int j = i + 1; j < result.size(); j++) {
                List<String> added = addedColumns(result.get(j));
                if (added != null && result.get(j).subject().equals(remover.subject())
                        && served.stream().anyMatch(key -> serves(added, key))) {
                    last = j;
                }
            }
            if (last > i) {
                result.add(last, result.remove(i));
                i--;
            }
        }
        return result;
    }

    private static boolean serves(List<String> columns, ForeignKey key) {
        return columns.size() >= key.columns().size()
                && columns.subList(0, key.columns().size()).equals(key.columns());
    }

    private static List<String> removedColumns(Change change) {
        return change.accept(SERVED).removed();
    }

    private static List<String> addedColumns(Change change) {
        return change.accept(SERVED).added();
    }

    /**
     * The leading plain columns of the index, unique key or primary key a change removes or adds, which can serve a
     * foreign key; null where it removes or adds none.
     */
    private record Served(List<String> removed, List<String> added) {

        static final Served NONE = new Served(null, null);
    }

    private static final Change.Visitor<Served> SERVED = new Change.Visitor<>() {

        @Override
        public Served visit(CreateTable change) {
            return Served.NONE;
        }

        @Override
        public Served visit(DropTable change) {
            return Served.NONE;
        }

        @Override
        public Served visit(AddColumn change) {
            return Served.NONE;
        }

        @Override
        public Served visit(DropColumn change) {
            return Served.NONE;
        }

        @Override
        public Served visit(AlterColumn change) {
            return Served.NONE;
        }

        @Override
        public Served visit(AddPrimaryKey change) {
            return new Served(null, change.constraint().columns());
        }

        @Override
        public Served visit(DropPrimaryKey change) {
            return new Served(change.constraint().columns(), null);
        }

        @Override
        public Served visit(AddUniqueKey change) {
            return new Served(null, change.constraint().columns());
        }

        @Override
        public Served visit(DropUniqueKey change) {
            return new Served(change.constraint().columns(), null);
        }

        @Override
        public Served visit(AddForeignKey change) {
            return Served.NONE;
        }

        @Override
        public Served visit(DropForeignKey change) {
            return Served.NONE;
        }

        @Override
        public Served visit(AddCheck change) {
            return Served.NONE;
        }

        @Override
        public Served visit(DropCheck change) {
            return Served.NONE;
        }

        @Override
        public Served visit(CreateIndex change) {
            return change.index().predicate() == null ? new Served(null, plainColumns(change.index())) : Served.NONE;
        }

        @Override
        public Served visit(DropIndex change) {
            return change.index().predicate() == null ? new Served(plainColumns(change.index()), null) : Served.NONE;
        }

        @Override
        public Served visit(CreateSequence change) {
            return Served.NONE;
        }

        @Override
        public Served visit(DropSequence change) {
            return Served.NONE;
        }

        @Override
        public Served visit(AlterSequence change) {
            return Served.NONE;
        }

        @Override
        public Served visit(SetTableComment change) {
            return Served.NONE;
        }

        @Override
        public Served visit(CreateEnumType change) {
            return Served.NONE;
        }

        @Override
        public Served visit(DropEnumType change) {
            return Served.NONE;
        }

        @Override
        public Served visit(AddEnumValue change) {
            return Served.NONE;
        }

        @Override
        public Served visit(RebuildEnumType change) {
            return Served.NONE;
        }

        @Override
        public Served visit(CreateSchema change) {
            return Served.NONE;
        }

        @Override
        public Served visit(DropSchema change) {
            return Served.NONE;
        }
    };

    /** The index's leading key parts that are plain columns (an expression ends what can serve a key). */
    private static List<String> plainColumns(Index index) {
        List<String> columns = new ArrayList<>();
        for (IndexKey key : index.keys()) {
            if (!key.column()) {
                break;
            }
            columns.add(key.expression());
        }
        return columns;
    }
}
