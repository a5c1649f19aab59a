package dev.migrate.dialect.mariadb;

import dev.migrate.change.Warnings;

import java.util.Map;

/**
 * What MariaDB and MySQL do with existing rows, for the warnings above a change's statements (seen on MariaDB 10.11
 * in its default strict mode).
 */
public final class MariaDbWarningRules {

    /**
     * A NOT NULL column without a default is added to a table with rows and filled with the type's implicit default
     * ({@code ''}, {@code 0}, a zero date, the first enum value); a value that does not fit fails. The numeric types as
     * the catalog spells them (without display width), in widening order.
     */
    public static final Warnings.Rules RULES = new Warnings.Rules(true, false, Map.of(
            "tinyint", 1, "smallint", 2, "mediumint", 3, "int", 4, "integer", 4, "bigint", 5, "float", 6,
            "double", 7, "double precision", 7));

    private MariaDbWarningRules() {
    }
}
