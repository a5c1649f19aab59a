package dev.migrate.lint;

/**
 * Drops and renames of existing objects, on every database: they destroy data or break the application version that
 * still runs while the revision is applied (expand/contract).
 */
final class CompatibilityRules {

    private CompatibilityRules() {
    }

    static void dropTable(String table, StatementContext c) {
        if (c.existing(table)) {
            c.report(Rule.DROP_TABLE, table, "DROP TABLE " + c.table(table) + " destroys its rows, and the "
                    + "application version still running fails on every query that uses it.",
                    "stop using the table in one release and drop it in a later one, after a backup");
        }
    }

    static void dropColumn(String table, String column, StatementContext c) {
        if (!c.range.isNewColumn(table, column)) {
            c.report(Rule.DROP_COLUMN, table, "DROP COLUMN `" + column + "` on " + c.table(table) + " destroys its "
                    + "data, and the application version still running fails on every query that names it.",
                    "stop reading and writing `" + column + "` in one release (JPA: @Transient or remove the field) "
                            + "and drop it in a later one");
        }
    }

    static void renameColumn(String table, String from, String to, StatementContext c) {
        if (!c.range.isNewColumn(table, from)) {
            c.report(Rule.RENAME_BREAKS_APPLICATION, table, "renaming column `" + from + "` of " + c.table(table)
                    + " to `" + to + "` breaks the application version still running, which names `" + from + "`.",
                    "expand/contract: add `" + to + "`, write both columns, backfill, switch reads, then drop `"
                            + from + "` in a later release");
        }
    }

    static void renameTable(String from, String to, StatementContext c) {
        if (c.existing(from)) {
            c.report(Rule.RENAME_BREAKS_APPLICATION, from, "renaming table " + c.table(from) + " to `" + to
                    + "` breaks the application version still running, which names `" + from + "`.",
                    "expand/contract: create `" + to + "` (or a view named `" + from + "` over it), move the "
                            + "application, then drop the old name in a later release");
        }
        c.range.renamedTable(from, to);
    }
}
