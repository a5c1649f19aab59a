package dev.migrate.lint;

import dev.migrate.MigrateException;
import dev.migrate.revision.Section;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** {@code -- migrate:lint ignore=<rule> -- <reason>} comments and the {@code lintRules} parameter. */
class SuppressionAndPolicyTest {

    private static List<String> lint(String sql, LintPolicy policy) {
        return new Linter(LintTarget.parse("postgresql"), LiveTables.none(), policy)
                .lint(new Section("upgrade", sql, 7, true, "v.sql"), "v.sql").stream()
                .map(f -> f.severity().word() + " " + f.rule().ruleName() + " line " + f.line()).toList();
    }

    private static List<String> lint(String sql) {
        return lint(sql, LintPolicy.defaults());
    }

    @Test
    void aSuppressionWithAReasonSilencesItsRuleForTheStatementItFollows() {
        assertEquals(List.of("warning missing-lock-timeout line 7", "warning drop-table line 9"), lint(
                "DROP TABLE legacy; -- migrate:lint ignore=drop-table -- emptied and unused since release 4.2\n"
                        + "\n"
                        + "DROP TABLE other;"));
        assertEquals(List.of(), lint(
                "SET LOCAL statement_timeout = '1min';\n"
                        + "DROP TABLE legacy;\n"
                        + "-- migrate:lint ignore=drop-table,missing-lock-timeout -- a test fixture, never written\n"
                        + "SET LOCAL statement_timeout = 0;"));
    }

    @Test
    void aSuppressionWithoutAReasonIsAnErrorNamingFileAndLine() {
        MigrateException e = assertThrows(LintSuppressionException.class, () -> lint("DROP TABLE legacy;\n"
                + "-- migrate:lint ignore=drop-table"));
        assertEquals("v.sql:8: the lint suppression 'ignore=drop-table' gives no reason: write "
                + "'-- migrate:lint ignore=drop-table -- <why it is safe here>'.", e.getMessage());
        assertEquals(MigrateException.Kind.PROJECT, e.kind());
        e = assertThrows(LintSuppressionException.class, () -> lint("DROP TABLE legacy; -- migrate:lint "
                + "ignore=drop-table --   "));
        assertEquals("v.sql:7: the lint suppression 'ignore=drop-table' gives no reason: write "
                + "'-- migrate:lint ignore=drop-table -- <why it is safe here>'.", e.getMessage());
    }

    @Test
    void aSuppressionOfAnUnknownRuleIsAnError() {
        MigrateException e = assertThrows(LintSuppressionException.class, () -> lint("DROP TABLE legacy; "
                + "-- migrate:lint ignore=drop-tables -- old"));
        assertEquals("v.sql:7: the lint suppression names no rule 'drop-tables': the rules are "
                + Rule.allNames() + " (see docs/lint.md).", e.getMessage());
    }

    @Test
    void lintRulesTurnsRulesOffOrRaisesThem() {
        String sql = "DROP TABLE legacy;\nALTER TABLE accounts RENAME COLUMN a TO b;";
        assertEquals(List.of("warning drop-table line 7", "warning missing-lock-timeout line 7",
                "warning rename-breaks-application line 8"), lint(sql));
        assertEquals(List.of("error drop-table line 7", "info rename-breaks-application line 8"), lint(sql,
                LintPolicy.parse("drop-table=error, missing-lock-timeout=off\nrename-breaks-application=info")));
    }

    @Test
    void lintRulesRefusesUnknownRulesAndLevels() {
        MigrateException e = assertThrows(MigrateException.class, () -> LintPolicy.parse("drop-tables=off"));
        assertEquals("Invalid entry 'drop-tables=off' in lintRules: there is no rule 'drop-tables'; the rules are "
                + Rule.allNames() + ".", e.getMessage());
        e = assertThrows(MigrateException.class, () -> LintPolicy.parse("drop-table=fatal"));
        assertEquals("Invalid entry 'drop-table=fatal' in lintRules: the level must be off, info, warning or error.",
                e.getMessage());
        e = assertThrows(MigrateException.class, () -> LintPolicy.parse("drop-table"));
        assertEquals("Invalid entry 'drop-table' in lintRules: write rule=off, rule=info, rule=warning or "
                + "rule=error.", e.getMessage());
        assertEquals(MigrateException.Kind.SETUP, e.kind());
    }

    @Test
    void ruleNamesAreStableKebabCase() {
        assertEquals("index-without-concurrently, drop-index-without-concurrently, unique-without-index, "
                + "constraint-without-not-valid, set-not-null-scan, add-column-rewrite, type-change-rewrite, "
                + "full-table-rewrite, table-copy, table-rebuild, missing-lock-timeout, concurrently-in-transaction, "
                + "enum-value-in-transaction, add-required-column, enum-value-removal, rename-breaks-application, "
                + "drop-column, drop-table", Rule.allNames());
    }
}
