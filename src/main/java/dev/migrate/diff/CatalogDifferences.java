package dev.migrate.diff;

import dev.migrate.schema.Check;
import dev.migrate.schema.Column;
import dev.migrate.schema.EnumType;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.IndexKey;
import dev.migrate.schema.Namespaces;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueKey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every difference between two snapshots of one database's catalog, object by object and in words
 * ({@code table users: index users_email_idx is left over after the downgrade}): what {@code migrate:verify} reports
 * when a downgrade does not bring the schema back to what it was. Unlike {@link SchemaDiff}, which plans changes,
 * it is exact: column order, comments, defaults and constraint texts count.
 */
public final class CatalogDifferences {

    private final String when;
    private final List<String> found = new ArrayList<>();

    private CatalogDifferences(String when) {
        this.when = when;
    }

    /**
     * The differences of {@code after} from {@code before}, each ending in {@code when} ({@code after the
     * downgrade}); empty when the two are identical.
     */
    public static List<String> between(Schema before, Schema after, String when) {
        CatalogDifferences differences = new CatalogDifferences(when);
        differences.tables(before, after);
        differences.named("", "sequence", before.sequences(), after.sequences());
        differences.named("", "enum type", before.enumTypes(), after.enumTypes());
        return List.copyOf(differences.found);
    }

    private void tables(Schema before, Schema after) {
        for (var entry : before.tables().entrySet()) {
            Table then = entry.getValue();
            Table now = after.tables().get(entry.getKey());
            if (now == null) {
                found.add("table " + entry.getKey() + " is missing " + when);
            } else if (!then.equals(now)) {
                table("table " + entry.getKey() + ": ", then, now);
            }
        }
        for (String name : after.tables().keySet()) {
            if (!before.tables().containsKey(name)) {
                found.add("table " + name + " is left over " + when);
            }
        }
    }

    private void table(String prefix, Table then, Table now) {
        Map<String, Column> columnsThen = byName(then.columns(), Column::name);
        Map<String, Column> columnsNow = byName(now.columns(), Column::name);
        for (Column column : then.columns()) {
            Column other = columnsNow.get(column.name());
            if (other == null) {
                found.add(prefix + "column " + column.name() + " is missing " + when);
            } else if (!column.equals(other)) {
                found.add(prefix + "column " + column.name() + " differs " + when + ": " + column(column, other));
            }
        }
        for (Column column : now.columns()) {
            if (!columnsThen.containsKey(column.name())) {
                found.add(prefix + "column " + column.name() + " is left over " + when);
            }
        }
        List<String> orderThen = then.columns().stream().map(Column::name).filter(columnsNow::containsKey).toList();
        List<String> orderNow = now.columns().stream().map(Column::name).filter(columnsThen::containsKey).toList();
        if (!orderThen.equals(orderNow)) {
            found.add(prefix + "the columns are in another order " + when + ": " + String.join(", ", orderNow)
                    + " (before: " + String.join(", ", orderThen) + ")");
        }
        one(prefix, "primary key", then.primaryKey(), now.primaryKey());
        named(prefix, "unique constraint", byName(then.uniqueKeys(), k -> k.name()),
                byName(now.uniqueKeys(), k -> k.name()));
        named(prefix, "foreign key", byName(then.foreignKeys(), k -> k.name()),
                byName(now.foreignKeys(), k -> k.name()));
        named(prefix, "check constraint", byName(then.checks(), c -> c.name()), byName(now.checks(), c -> c.name()));
        named(prefix, "index", byName(then.indexes(), i -> i.name()), byName(now.indexes(), i -> i.name()));
        if (!Objects.equals(then.comment(), now.comment())) {
            found.add(prefix + "the table comment is " + shown(quoted(now.comment())) + " " + when + " (before: "
                    + shown(quoted(then.comment())) + ")");
        }
    }

    private static String column(Column then, Column now) {
        List<String> what = new ArrayList<>();
        attribute(what, "type", then.type(), now.type());
        if (then.nullable() != now.nullable()) {
            what.add((now.nullable() ? "nullable" : "NOT NULL") + " (before: " + (then.nullable() ? "nullable"
                    : "NOT NULL") + ")");
        }
        attribute(what, "default", then.defaultValue(), now.defaultValue());
        attribute(what, "identity", then.identity().name(), now.identity().name());
        attribute(what, "generated as", then.generated(), now.generated());
        attribute(what, "comment", quoted(then.comment()), quoted(now.comment()));
        return String.join("; ", what);
    }

    private static void attribute(List<String> what, String name, String then, String now) {
        if (!Objects.equals(then, now)) {
            what.add(name + " " + shown(now) + " (before: " + shown(then) + ")");
        }
    }

    private static String shown(String value) {
        return value == null ? "none" : value;
    }

    private static String quoted(String text) {
        return text == null ? null : "'" + text + "'";
    }

    private void one(String prefix, String kind, Optional<?> then, Optional<?> now) {
        if (then.isPresent() && now.isEmpty()) {
            found.add(prefix + kind + " is missing " + when);
        } else if (then.isEmpty() && now.isPresent()) {
            found.add(prefix + kind + " is left over " + when);
        } else if (!then.equals(now)) {
            found.add(prefix + kind + " differs " + when + ": " + changed(then.get(), now.get()));
        }
    }

    private <T> void named(String prefix, String kind, Map<String, T> then, Map<String, T> now) {
        for (var entry : then.entrySet()) {
            T other = now.get(entry.getKey());
            if (other == null) {
                found.add(prefix + kind + " " + entry.getKey() + " is missing " + when);
            } else if (!entry.getValue().equals(other)) {
                found.add(prefix + kind + " " + entry.getKey() + " differs " + when + ": "
                        + changed(entry.getValue(), other));
            }
        }
        for (String name : now.keySet()) {
            if (!then.containsKey(name)) {
                found.add(prefix + kind + " " + name + " is left over " + when);
            }
        }
    }

    /** What differs between two versions of one key, index, check, sequence or enum type, as columns are shown. */
    private static String changed(Object then, Object now) {
        Map<String, String> before = attributes(then);
        Map<String, String> after = attributes(now);
        List<String> what = new ArrayList<>();
        for (String name : after.keySet()) {
            attribute(what, name, before.get(name), after.get(name));
        }
        if (what.isEmpty()) { // differs in something not in words above
            attribute(what, "definition", String.valueOf(then), String.valueOf(now));
        }
        return String.join("; ", what);
    }

    /** The attributes of a catalog object by name, in words (an absent one is null). */
    private static Map<String, String> attributes(Object object) {
        Map<String, String> attributes = new LinkedHashMap<>();
        if (object instanceof PrimaryKey key) {
            attributes.put("name", key.name());
            attributes.put("columns", columns(key.columns()));
        } else if (object instanceof UniqueKey key) {
            attributes.put("columns", columns(key.columns()));
        } else if (object instanceof ForeignKey key) {
            attributes.put("columns", columns(key.columns()));
            attributes.put("references", Namespaces.key(key.referencedSchema(), key.referencedTable())
                    + " " + columns(key.referencedColumns()));
            attributes.put("on delete", key.onDelete());
            attributes.put("on update", key.onUpdate());
        } else if (object instanceof Check check) {
            attributes.put("condition", check.expression());
        } else if (object instanceof Index index) {
            attributes.put("unique", index.unique() ? "yes" : "no");
            attributes.put("keys", "(" + String.join(", ", index.keys().stream().map(CatalogDifferences::key)
                    .toList()) + ")");
            attributes.put("method", index.method());
            attributes.put("where", index.predicate());
        } else if (object instanceof Sequence sequence) {
            attributes.put("type", sequence.dataType());
            attributes.put("start", String.valueOf(sequence.start()));
            attributes.put("increment", String.valueOf(sequence.increment()));
            attributes.put("minimum", String.valueOf(sequence.minValue()));
            attributes.put("maximum", String.valueOf(sequence.maxValue()));
            attributes.put("cache", String.valueOf(sequence.cache()));
            attributes.put("cycle", sequence.cycle() ? "yes" : "no");
        } else if (object instanceof EnumType type) {
            attributes.put("values", "(" + String.join(", ", type.values().stream().map(CatalogDifferences::quoted)
                    .toList()) + ")");
        } else {
            attributes.put("definition", String.valueOf(object));
        }
        return attributes;
    }

    private static String columns(List<String> names) {
        return "(" + String.join(", ", names) + ")";
    }

    private static String key(IndexKey key) {
        return key.expression() + (key.descending() ? " DESC" : "");
    }

    private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T item : items) {
            map.put(String.valueOf(name.apply(item)), item);
        }
        return map;
    }
}
