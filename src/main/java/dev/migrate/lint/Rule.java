package dev.migrate.lint;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The lint rules. Their names are stable (users write them in {@code lintRules} and in
 * {@code -- migrate:lint ignore=<rule>}); each is documented in {@code docs/lint.md}.
 */
public enum Rule {
    INDEX_WITHOUT_CONCURRENTLY(Family.INDEX_LOCK, Severity.WARNING, true),
    DROP_INDEX_WITHOUT_CONCURRENTLY(Family.INDEX_LOCK, Severity.WARNING, true),
    UNIQUE_WITHOUT_INDEX(Family.INDEX_LOCK, Severity.WARNING, true),
    CONSTRAINT_WITHOUT_NOT_VALID(Family.VALIDATION_SCAN, Severity.WARNING, true),
    SET_NOT_NULL_SCAN(Family.VALIDATION_SCAN, Severity.WARNING, true),
    ADD_COLUMN_REWRITE(Family.REWRITE, Severity.WARNING, true),
    TYPE_CHANGE_REWRITE(Family.REWRITE, Severity.WARNING, true),
    FULL_TABLE_REWRITE(Family.REWRITE, Severity.WARNING, true),
    TABLE_COPY(Family.REWRITE, Severity.WARNING, true),
    TABLE_REBUILD(Family.REWRITE, Severity.WARNING, true),
    MISSING_LOCK_TIMEOUT(Family.LOCK_TIMEOUT, Severity.WARNING, false),
    CONCURRENTLY_IN_TRANSACTION(Family.FAILURE, Severity.ERROR, false),
    ENUM_VALUE_IN_TRANSACTION(Family.FAILURE, Severity.ERROR, false),
    ADD_REQUIRED_COLUMN(Family.FAILURE, Severity.WARNING, false),
    ENUM_VALUE_REMOVAL(Family.COMPATIBILITY, Severity.WARNING, false),
    RENAME_BREAKS_APPLICATION(Family.COMPATIBILITY, Severity.WARNING, false),
    DROP_COLUMN(Family.COMPATIBILITY, Severity.WARNING, false),
    DROP_TABLE(Family.COMPATIBILITY, Severity.WARNING, false);

    private final Family family;
    private final Severity severity;
    private final boolean sized;

    Rule(Family family, Severity severity, boolean sized) {
        this.family = family;
        this.severity = severity;
        this.sized = sized;
    }

    /** The rule's stable kebab-case name, e.g. {@code index-without-concurrently}. */
    public String ruleName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public Family family() {
        return family;
    }

    /** The severity when neither the table's size nor {@code lintRules} says otherwise. */
    public Severity defaultSeverity() {
        return severity;
    }

    /** Whether the hazard lasts longer on a bigger table, so that the live size raises or lowers the severity. */
    public boolean sized() {
        return sized;
    }

    public static Optional<Rule> named(String name) {
        return Arrays.stream(values()).filter(r -> r.ruleName().equals(name.strip())).findFirst();
    }

    static String allNames() {
        return Arrays.stream(values()).map(Rule::ruleName).collect(Collectors.joining(", "));
    }
}
