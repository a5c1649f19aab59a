package dev.migrate.dialect.postgres;

import dev.migrate.change.Warnings;

import java.util.Map;

/** What PostgreSQL does with existing rows, for the warnings above a change's statements (seen on PostgreSQL 15). */
public final class PostgresWarningRules {

    /**
     * A NOT NULL column without a default cannot be added to a table with rows; a value that does not fit a new type
     * fails, except where the renderer's {@code USING} cast to a shorter character type cuts it. The numeric types as
     * the catalog spells them, in widening order.
     */
    public static final Warnings.Rules RULES = new Warnings.Rules(false, true, Map.of(
            "smallint", 2, "integer", 4, "int", 4, "bigint", 5, "real", 6, "double precision", 7));

    private PostgresWarningRules() {
    }
}
