package dev.migrate.dialect.h2;

import dev.migrate.change.Warnings;

import java.util.Map;

/** What H2 does with existing rows, for the warnings above a change's statements (seen on H2 2.3). */
public final class H2WarningRules {

    /**
     * A NOT NULL column without a default cannot be added to a table with rows; a value that does not fit fails. The
     * numeric types as the catalog spells them (lower-cased), in widening order.
     */
    public static final Warnings.Rules RULES = new Warnings.Rules(false, false, Map.of(
            "tinyint", 1, "smallint", 2, "integer", 4, "int", 4, "bigint", 5, "real", 6,
            "double precision", 7, "double", 7));

    private H2WarningRules() {
    }
}
