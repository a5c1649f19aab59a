package dev.migrate.change;

import dev.migrate.schema.Column;
import dev.migrate.schema.Namespaces;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code -- WARNING:} lines of a change that can lose data or fail on existing rows: drops, narrowing type
 * changes, new NOT NULL columns and constraints that existing data may violate, enum types rebuilt, and enum values
 * added where the server or the transaction limits them. What a database does with existing rows differs
 * ({@link Rules}), and a warning says what this database does, not what some database might do.
 */
public final class Warnings {

    /**
     * How a database treats existing rows where that changes a warning; each database gives its own (in its package
     * under {@code dev.migrate.dialect}), as seen on the server.
     *
     * @param fillsNewNotNullColumns whether a NOT NULL column without a default is added to a table with rows,
     *                               filled with the type's implicit default, rather than refused
     * @param castCutsStrings        whether a type change to a character type converts with an explicit cast, which
     *                               cuts longer strings without an error
     * @param numericRanks           the database's integer and floating types, by their catalog spelling in lower
     *                               case, in widening order (1 narrowest)
     */
    public record Rules(boolean fillsNewNotNullColumns, boolean castCutsStrings, Map<String, Integer> numericRanks) {

        public Rules {
            numericRanks = Map.copyOf(numericRanks);
        }
    }

    private static final Pattern SIZED = Pattern.compile("(.*?)\\((\\d+)(?:,\\s*(\\d+))?\\)(.*)");
    private static final Pattern ENUM = Pattern.compile("enum\\s*\\((.*)\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENUM_VALUE = Pattern.compile("'((?:[^']|'')*)'");
    /** MariaDB's display width of integer types: {@code int(11)}. */
    private static final Pattern DISPLAY_WIDTH = Pattern.compile("(tinyint|smallint|mediumint|int|integer|bigint)"
            + "\\(\\d+\\)");
    private Warnings() {
    }

    /**
     * The warnings for {@code change} on a database with {@code rules}, naming tables, columns and other objects
     * through {@code name} (the dialect's spelling, so that a warning and the statement under it name things alike).
     */
    public static List<String> of(Change change, Rules rules, UnaryOperator<String> name) {
        return change.accept(new Warner(rules, name));
    }

    /** The warnings of one kind of change; a change that cannot lose data or fail on existing rows has none. */
    private static final class Warner implements Change.Visitor<List<String>> {

        private final Rules rules;
        private final UnaryOperator<String> name;

        Warner(Rules rules, UnaryOperator<String> name) {
            this.rules = rules;
            this.name = name;
        }

        @Override
        public List<String> visit(CreateTable change) {
            return List.of();
        }

        @Override
        public List<String> visit(DropTable change) {
            return List.of("drops table " + table(name, Namespaces.key(change.table())) + " and all its rows");
        }

        @Override
        public List<String> visit(AddColumn change) {
            Column c = change.column();
            if (c.nullable() || c.defaultValue() != null || c.identity() != Column.Identity.NONE
                    || c.generated() != null) {
                return List.of();
            }
            String table = table(name, change.table());
            String column = column(name, change.table(), c.name());
            return List.of(rules.fillsNewNotNullColumns()
                    ? "adds NOT NULL column " + column + " without a default: every existing row of " + table
                    + " gets the type's implicit default ('', 0, a zero date or the first enum value), so the "
                    + "data of a column it replaces is lost (add it nullable, backfill, then make it NOT NULL)"
                    : "adds NOT NULL column " + column + " without a default: this fails if " + table
                    + " has rows (add it nullable, backfill, then make it NOT NULL)");
        }

        @Override
        public List<String> visit(DropColumn change) {
            return List.of("drops column " + column(name, change.table(), change.column().name()) + " and its data");
        }

        @Override
        public List<String> visit(AlterColumn change) {
            List<String> warnings = new ArrayList<>();
            String column = column(name, change.table(), change.to().name());
            if (change.typeChanged()) {
                String narrowing = narrowing(change.from().type(), change.to().type(), rules, column);
                if (narrowing != null) {
                    warnings.add("changes the type of " + column + " from " + change.from().type() + " to "
                            + change.to().type() + ": " + narrowing);
                }
            }
            if (change.nullabilityChanged() && !change.to().nullable()) {
                warnings.add("makes " + column + " NOT NULL: this fails if any row holds NULL there (backfill first)");
            }
            return warnings;
        }

        @Override
        public List<String> visit(AddPrimaryKey change) {
            return List.of("fails if existing rows of " + table(name, change.table()) + " repeat or lack a value of "
                    + change.constraint().columns().stream().map(name).toList());
        }

        @Override
        public List<String> visit(DropPrimaryKey change) {
            return List.of();
        }

        @Override
        public List<String> visit(AddUniqueKey change) {
            return List.of("fails if existing rows of " + table(name, change.table()) + " repeat a value of "
                    + change.constraint().columns().stream().map(name).toList());
        }

        @Override
        public List<String> visit(DropUniqueKey change) {
            return List.of();
        }

        @Override
        public List<String> visit(AddForeignKey change) {
            return List.of();
        }

        @Override
        public List<String> visit(DropForeignKey change) {
            return List.of();
        }

        @Override
        public List<String> visit(AddCheck change) {
            return List.of("fails if existing rows of " + table(name, change.table()) + " violate the check "
                    + change.constraint().sql());
        }

        @Override
        public List<String> visit(DropCheck change) {
            return List.of();
        }

        @Override
        public List<String> visit(CreateIndex change) {
            return change.index().unique()
                    ? List.of("fails if existing rows of " + table(name, change.table()) + " repeat a value of the "
                    + "unique index " + name.apply(change.index().name()))
                    : List.of();
        }

        @Override
        public List<String> visit(DropIndex change) {
            return List.of();
        }

        @Override
        public List<String> visit(CreateSequence change) {
            return List.of();
        }

        @Override
        public List<String> visit(DropSequence change) {
            return List.of("drops sequence " + name.apply(change.sequence().name()) + " and its current value");
        }

        @Override
        public List<String> visit(AlterSequence change) {
            return List.of();
        }

        @Override
        public List<String> visit(SetTableComment change) {
            return List.of();
        }

        @Override
        public List<String> visit(CreateEnumType change) {
            return List.of();
        }

        @Override
        public List<String> visit(DropEnumType change) {
            return List.of();
        }

        @Override
        public List<String> visit(AddEnumValue change) {
            return List.of("ALTER TYPE ... ADD VALUE runs inside the revision's transaction only on PostgreSQL 12 "
                    + "and later, and the new value of " + name.apply(change.to().name()) + " cannot be used before "
                    + "that transaction commits: use it in a later revision");
        }

        @Override
        public List<String> visit(RebuildEnumType change) {
            String type = name.apply(change.to().name());
            return List.of(change.removedValues().isEmpty()
                    ? "rebuilds enum type " + type + " to reorder its values, converting every column that uses it"
                    : "rebuilds enum type " + type + " without " + change.removedValues() + ": converting "
                    + change.columns().stream().map(c -> column(name, c.table(), c.column())).toList()
                    + " fails if a row holds a removed value (update those rows first)");
        }

        @Override
        public List<String> visit(CreateSchema change) {
            return List.of();
        }

        @Override
        public List<String> visit(DropSchema change) {
            return List.of("drops schema " + name.apply(change.schema()) + " with anything created there since");
        }
    }

    private static String column(UnaryOperator<String> name, String table, String column) {
        return table(name, table) + "." + name.apply(column);
    }

    /** A table by its key ({@code schema.name} outside the default schema), each part spelled by {@code name}. */
    private static String table(UnaryOperator<String> name, String key) {
        String schema = Namespaces.schemaOf(key);
        return (schema == null ? "" : name.apply(schema) + ".") + name.apply(Namespaces.nameOf(key));
    }

    /** What a type change does to existing values that the new type cannot hold, or null when all fit. */
    private static String narrowing(String fromType, String toType, Rules rules, String column) {
        String from = canonical(fromType);
        String to = canonical(toType);
        if (widens(from, to, rules)) {
            return null;
        }
        Matcher a = SIZED.matcher(from);
        Matcher b = SIZED.matcher(to);
        if (a.matches() && b.matches() && a.group(1).equals(b.group(1)) && a.group(4).equals(b.group(4))) {
            int scaleFrom = a.group(3) == null ? 0 : Integer.parseInt(a.group(3));
            int scaleTo = b.group(3) == null ? 0 : Integer.parseInt(b.group(3));
            boolean digitsFit = Integer.parseInt(b.group(2)) - scaleTo >= Integer.parseInt(a.group(2)) - scaleFrom;
            if (digitsFit && scaleTo < scaleFrom) {
                return "existing values are rounded to " + scaleTo
                        + (scaleTo == 1 ? " decimal place" : " decimal places");
            }
        }
        Integer rankFrom = rules.numericRanks().get(from);
        Integer rankTo = rules.numericRanks().get(to);
        if (rankFrom != null && rankTo != null && rankFrom == 7 && rankTo == 6) {
            return "existing values are rounded to the precision of " + toType;
        }
        if (rules.castCutsStrings() && !baseType(from).equals(baseType(to)) && baseType(to).startsWith("char")) {
            // the renderer converts with USING column::type, an explicit cast, which cuts strings without an error
            return "existing values are cast, and those longer than " + toType + " allows are cut to fit";
        }
        return "this fails if an existing value of " + column + " does not fit " + toType;
    }

    /** Whether every value of type {@code from} fits type {@code to} unchanged. */
    static boolean widens(String fromType, String toType, Rules rules) {
        String f = canonical(fromType);
        String t = canonical(toType);
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
        Set<String> enumFrom = enumValues(fromType);
        Set<String> enumTo = enumValues(toType);
        if (enumFrom != null && enumTo != null) {
            return enumTo.containsAll(enumFrom);
        }
        Integer rankFrom = rules.numericRanks().get(f);
        Integer rankTo = rules.numericRanks().get(t);
        return rankFrom != null && rankTo != null && rankTo >= rankFrom && !(rankFrom == 5 && rankTo == 6);
    }

    /** Lower case, without MariaDB's display width of integers ({@code int(11)} is {@code int}). */
    private static String canonical(String type) {
        String lower = type.toLowerCase(Locale.ROOT).strip();
        Matcher width = DISPLAY_WIDTH.matcher(lower);
        return width.matches() ? width.group(1) : lower;
    }

    /** The values of an inline {@code enum('A','B')} type (MariaDB, H2), or null for other types. */
    private static Set<String> enumValues(String type) {
        Matcher m = ENUM.matcher(type.strip());
        if (!m.matches()) {
            return null;
        }
        Set<String> values = new LinkedHashSet<>();
        Matcher value = ENUM_VALUE.matcher(m.group(1));
        while (value.find()) {
            values.add(value.group(1));
        }
        return values;
    }

    private static String baseType(String type) {
        int paren = type.indexOf('(');
        return (paren < 0 ? type : type.substring(0, paren)).strip();
    }
}
