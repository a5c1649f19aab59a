package dev.migrate.spec;

import dev.migrate.change.Change;
import dev.migrate.spec.Examples.Example;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/** The rows of the specification tables: an example, and what each database gives for it. */
final class Specs {

    private Specs() {
    }

    /**
     * What the databases in {@code on} give for an example.
     *
     * @param on      the databases
     * @param lines   the exact lines (statements, warnings) they give
     * @param failure the exact message of the exception they throw instead, or null
     */
    record Expected(Set<Spelling> on, List<String> lines, String failure) {
    }

    /** One example with what each database gives for it. */
    record Row(Example example, List<Expected> expected) {

        /** One case per database: the database, the example, what it gives. */
        Stream<Object[]> cases() {
            return expected.stream().flatMap(e -> e.on().stream().map(db -> new Object[] {db, example, e}));
        }

        Set<Spelling> databases() {
            return expected.stream().flatMap(e -> e.on().stream()).collect(Collectors.toCollection(
                    () -> EnumSet.noneOf(Spelling.class)));
        }
    }

    static Row row(Example example, Expected... expected) {
        return new Row(example, List.of(expected));
    }

    /** The same lines on every database. */
    static Expected everywhere(String... lines) {
        return new Expected(EnumSet.allOf(Spelling.class), List.of(lines), null);
    }

    static Expected postgresql(String... lines) {
        return new Expected(EnumSet.of(Spelling.POSTGRESQL), List.of(lines), null);
    }

    static Expected mariadb(String... lines) {
        return new Expected(EnumSet.of(Spelling.MARIADB), List.of(lines), null);
    }

    static Expected h2(String... lines) {
        return new Expected(EnumSet.of(Spelling.H2), List.of(lines), null);
    }

    /** The databases in {@code on} refuse the example with an exception saying {@code message}. */
    static Expected fails(String message, Spelling... on) {
        return new Expected(EnumSet.copyOf(Arrays.asList(on)), List.of(), message);
    }

    /**
     * Fails, naming what is missing, unless the rows have an example of every kind of change (every class the sealed
     * {@link Change} permits) on some database: a new kind of change must get its lines in the table.
     */
    static void assertEveryKindOfChange(String table, List<Row> rows) {
        Set<Class<?>> covered = rows.stream().flatMap(r -> r.databases().stream().map(db -> r.example().on(db)))
                .map(Object::getClass).collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>();
        for (Class<?> kind : Change.class.getPermittedSubclasses()) {
            if (!covered.contains(kind)) {
                missing.add(kind.getSimpleName());
            }
        }
        if (!missing.isEmpty()) {
            fail(table + " has no row for " + String.join(", ", missing) + ": add an example to Examples and its "
                    + "expected lines to " + table);
        }
    }

    /**
     * Fails, naming what is missing, unless the rows have an example of every kind of change (every class the sealed
     * {@link Change} permits) for every database: a new kind of change must get its lines in each table.
     */
    static void assertEveryKindOfChangeOnEveryDatabase(String table, List<Row> rows) {
        Set<String> missing = new TreeSet<>();
        for (Spelling db : Spelling.values()) {
            Set<Class<?>> covered = rows.stream().filter(r -> r.databases().contains(db))
                    .map(r -> r.example().on(db).getClass()).collect(Collectors.toSet());
            for (Class<?> kind : Change.class.getPermittedSubclasses()) {
                if (!covered.contains(kind)) {
                    missing.add(kind.getSimpleName() + " on " + db);
                }
            }
        }
        if (!missing.isEmpty()) {
            fail(table + " has no row for " + String.join(", ", missing) + ": add an example to Examples and its "
                    + "expected lines to " + table);
        }
    }
}
