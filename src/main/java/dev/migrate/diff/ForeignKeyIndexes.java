package dev.migrate.diff;

import dev.migrate.change.AddPrimaryKey;
import dev.migrate.change.AddUniqueKey;
import dev.migrate.change.Change;
import dev.migrate.change.CreateIndex;
import dev.migrate.change.DropIndex;
import dev.migrate.change.DropPrimaryKey;
import dev.migrate.change.DropUniqueKey;
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
        if (change instanceof DropIndex d && d.index().predicate() == null) {
            return plainColumns(d.index());
        } else if (change instanceof DropUniqueKey u) {
            return u.constraint().columns();
        } else if (change instanceof DropPrimaryKey p) {
            return p.constraint().columns();
        }
        return null;
    }

    private static List<String> addedColumns(Change change) {
        if (change instanceof CreateIndex c && c.index().predicate() == null) {
            return plainColumns(c.index());
        } else if (change instanceof AddUniqueKey u) {
            return u.constraint().columns();
        } else if (change instanceof AddPrimaryKey p) {
            return p.constraint().columns();
        }
        return null;
    }

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
