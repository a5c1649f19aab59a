package dev.migrate.lint;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the linted revisions have done so far, in order: tables, columns and types they created (new objects hold
 * no rows and no running application depends on them), the tables of the indexes they created, and the
 * {@code IS NOT NULL} checks they validated.
 */
final class RangeState {

    private final Set<String> createdTables = new HashSet<>();
    private final Set<String> addedColumns = new HashSet<>();
    private final Set<String> createdTypes = new HashSet<>();
    private final Map<String, String> indexTables = new HashMap<>();
    private final Map<String, String> notValidNotNullChecks = new HashMap<>();
    private final Set<String> validatedNotNull = new HashSet<>();

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static String key(String table, String column) {
        return key(table) + "." + key(column);
    }

    void createdTable(String table) {
        createdTables.add(key(table));
    }

    boolean isNew(String table) {
        return table != null && createdTables.contains(key(table));
    }

    void renamedTable(String from, String to) {
        if (isNew(from)) {
            createdTables.add(key(to));
        }
    }

    void addedColumn(String table, String column) {
        addedColumns.add(key(table, column));
    }

    boolean isNewColumn(String table, String column) {
        return isNew(table) || addedColumns.contains(key(table, column));
    }

    void createdType(String type) {
        createdTypes.add(key(type));
    }

    boolean isNewType(String type) {
        return createdTypes.contains(key(type));
    }

    void createdIndex(String index, String table) {
        if (index != null) {
            indexTables.put(key(index), table);
        }
    }

    Optional<String> tableOfIndex(String index) {
        return Optional.ofNullable(indexTables.get(key(index)));
    }

    void notValidNotNullCheck(String constraint, String table, String column) {
        if (constraint != null) {
            notValidNotNullChecks.put(key(constraint), key(table, column));
        }
    }

    void validatedNotNull(String table, String column) {
        validatedNotNull.add(key(table, column));
    }

    void validatedConstraint(String constraint) {
        String column = notValidNotNullChecks.get(key(constraint));
        if (column != null) {
            validatedNotNull.add(column);
        }
    }

    boolean hasValidatedNotNull(String table, String column) {
        return validatedNotNull.contains(key(table, column));
    }
}
