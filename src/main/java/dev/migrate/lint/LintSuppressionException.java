package dev.migrate.lint;

import dev.migrate.MigrateException;

/** A {@code -- migrate:lint ignore=...} comment without a reason, or naming a rule that does not exist. */
public final class LintSuppressionException extends MigrateException {

    public LintSuppressionException(String message) {
        super(Kind.PROJECT, message);
    }
}
