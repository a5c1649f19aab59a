package dev.migrate.runner;

import dev.migrate.MigrateException;

import java.util.List;

/**
 * {@code upgrade} met a schema that already holds tables but has no version table: nothing says which revisions the
 * tables come from, so it runs nothing until the schema is adopted ({@code stamp}, or {@code migrate.baseline}).
 */
public final class ExistingTablesException extends MigrateException {

    private static final int NAMED = 5;

    private final List<String> tables;

    public ExistingTablesException(String schema, String versionTable, List<String> tables) {
        super(Kind.PROJECT, "Schema " + schema + " already holds " + count(tables) + " (" + names(tables)
                + ") but no version table (" + versionTable + "), so nothing says which revisions they come from, "
                + "and the first revision would run on top of them. Adopt the schema at the revision its tables "
                + "match: 'mvn migrate:stamp -Dmigrate.target=<rev>' (head if they match the latest revision), then "
                + "upgrade; or do both in one run with -Dmigrate.baseline=<rev>. -Dmigrate.baseline=base runs every "
                + "revision on top of the existing tables.");
        this.tables = List.copyOf(tables);
    }

    /** The tables found, as stored. */
    public List<String> tables() {
        return tables;
    }

    static String count(List<String> tables) {
        return tables.size() + (tables.size() == 1 ? " table" : " tables");
    }

    private static String names(List<String> tables) {
        String named = String.join(", ", tables.subList(0, Math.min(NAMED, tables.size())));
        return tables.size() > NAMED ? named + " and " + (tables.size() - NAMED) + " more" : named;
    }
}
