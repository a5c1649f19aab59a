package dev.migrate.change;

import dev.migrate.schema.Column;
import dev.migrate.schema.Namespaces;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The {@code -- WARNING:} lines of a change that can lose data or fail on existing rows: drops, narrowing type
 * changes, new NOT NULL columns and constraints that existing data may violate.
 */
public final class Warnings {

    private static final Pattern SIZED = Pattern.compile("(.*?)\\((\\d+)(?:,\\s*(\\d+))?\\)(.*)");
    /** Integer and floating types in widening order, as PostgreSQL, H2 and MariaDB spell them. */
    private static final Map<String, Integer> NUMERIC_RANK = Map.ofEntries(
            Map.entry("tinyint", 1), Map.entry("smallint", 2), Map.entry("mediumint", 3), Map.entry("integer", 4),
            Map.entry("int", 4), Map.entry("bigint", 5), Map.entry("real", 6), Map.entry("float", 6),
            Map.entry("double precision", 7), Map.entry("double", 7));

    private Warnings() {
    }

    /**
     * The warnings for {@code change}, naming tables, columns and other objects through {@code name} (the dialect's
     * spelling, so that a warning and the statement under it name things alike).
     */
    public static List<String> of(Change change, UnaryOperator<String> name) {
        List<String> warnings = new ArrayList<>();
        if (change instanceof DropTable d) {
            warnings.add("drops table " + table(name, Namespaces.key(d.table())) + " and all its rows");
        } else if (change instanceof DropColumn d) {
            warnings.add("drops column " + column(name, d.table(), d.column().name()) + " and its data");
        } else if (change instanceof AddColumn a) {
            Column c = a.column();
            if (!c.nullable() && c.defaultValue() == null && c.identity() == Column.Identity.NONE
                    && c.generated() == null) {
                warnings.add("adds NOT NULL column " + column(name, a.table(), c.name()) + " without a default: "
                        + "this fails if " + table(name, a.table()) + " has rows (add it nullable, backfill, then make "
                        + "it NOT NULL)");
            }
        } else if (change instanceof AlterColumn a) {
            String column = column(name, a.table(), a.to().name());
            if (a.typeChanged() && !widens(a.from().type(), a.to().type())) {
                warnings.add("changes the type of " + column + " from " + a.from().type() + " to " + a.to().type()
                        + ": existing values may be truncated or fail to convert");
            }
            if (a.nullabilityChanged() && !a.to().nullable()) {
                warnings.add("makes " + column + " NOT NULL: this fails if any row holds NULL there (backfill first)");
            }
        } else if (change instanceof AddUniqueKey u) {
            warnings.add("fails if existing rows of " + table(name, u.table()) + " repeat a value of "
                    + u.key().columns().stream().map(name).toList());
        } else if (change instanceof AddPrimaryKey p) {
            warnings.add("fails if existing rows of " + table(name, p.table()) + " repeat or lack a value of "
                    + p.key().columns().stream().map(name).toList());
        } else if (change instanceof AddCheck c) {
            warnings.add("fails if existing rows of " + table(name, c.table()) + " violate the check "
                    + c.check().expression());
        } else if (change instanceof CreateIndex i && i.index().unique()) {
            warnings.add("fails if existing rows of " + table(name, i.table()) + " repeat a value of the unique "
                    + "index " + name.apply(i.index().name()));
        } else if (change instanceof DropSequence s) {
            warnings.add("drops sequence " + name.apply(s.sequence().name()) + " and its current value");
        } else if (change instanceof DropSchema s) {
            warnings.add("drops schema " + name.apply(s.schema()) + " with anything created there since");
        }
        return warnings;
    }

    private static String column(UnaryOperator<String> name, String table, String column) {
        return table(name, table) + "." + name.apply(column);
    }

    /** A table by its key ({@code schema.name} outside the default schema), each part spelled by {@code name}. */
    private static String table(UnaryOperator<String> name, String key) {
        String schema = Namespaces.schemaOf(key);
        return (schema == null ? "" : name.apply(schema) + ".") + name.apply(Namespaces.nameOf(key));
    }

    /** Whether every value of type {@code from} fits type {@code to} unchanged. */
    static boolean widens(String from, String to) {
        String f = from.toLowerCase(java.util.Locale.ROOT);
        String t = to.toLowerCase(java.util.Locale.ROOT);
        Matcher a = SIZED.matcher(f);
        Matcher b = SIZED.matcher(t);
        if (a.matches() && b.matches() && a.group(1).equals(b.group(1)) && a.group(4).equals(b.group(4))) {
            int precisionFrom = Integer.parseInt(a.group(2));
            int precisionTo = Integer.parseInt(b.group(2));
            int scaleFrom = a.group(3) == null ? 0 : Integer.parseInt(a.group(3));
            int scaleTo = b.group(3) == null ? 0 : Integer.parseInt(b.group(3));
            return scaleTo >= scaleFrom && precisionTo - scaleTo >= precisionFrom - scaleFrom;
        }
        if (a.matches() && (t.equals("text") || t.equals("character large object") || t.equals("longtext"))
                && (a.group(1).contains("char") || a.group(1).equals("varchar"))) {
            return true;
        }
        Integer rankFrom = NUMERIC_RANK.get(f);
        Integer rankTo = NUMERIC_RANK.get(t);
        return rankFrom != null && rankTo != null && rankTo >= rankFrom && !(rankFrom == 5 && rankTo == 6);
    }
}
