package dev.migrate.change;

import dev.migrate.change.Warnings.Rules;
import dev.migrate.dialect.h2.H2WarningRules;
import dev.migrate.dialect.mariadb.MariaDbWarningRules;
import dev.migrate.dialect.postgres.PostgresWarningRules;
import dev.migrate.schema.Column;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The warning text per database, change in, exact warnings out. Each text states what that database was seen doing
 * with a row that exists (PostgreSQL 15, H2 2.3, MariaDB 10.11 in strict mode).
 */
class WarningsTest {

    private static final Rules POSTGRESQL = PostgresWarningRules.RULES;
    private static final Rules H2 = H2WarningRules.RULES;
    private static final Rules MARIADB = MariaDbWarningRules.RULES;

    private static final UnaryOperator<String> NAME = n -> n;

    static Stream<Arguments> cases() {
        return Stream.of(
                // a NOT NULL column without a default: PostgreSQL and H2 refuse it, MariaDB fills '' or 0
                Arguments.of(POSTGRESQL, addNotNull("character varying(20)"), List.of("adds NOT NULL column "
                        + "t.c without a default: this fails if t has rows (add it nullable, backfill, then make it "
                        + "NOT NULL)")),
                Arguments.of(H2, addNotNull("CHARACTER VARYING(20)"), List.of("adds NOT NULL column t.c "
                        + "without a default: this fails if t has rows (add it nullable, backfill, then make it NOT "
                        + "NULL)")),
                Arguments.of(MARIADB, addNotNull("varchar(20)"), List.of("adds NOT NULL column t.c without a "
                        + "default: every existing row of t gets the type's implicit default ('', 0, a zero date or "
                        + "the first enum value), so the data of a column it replaces is lost (add it nullable, "
                        + "backfill, then make it NOT NULL)")),
                Arguments.of(MARIADB, new AddColumn("t", new Column("c", "int(11)", false, "0",
                        Column.Identity.NONE, null, null)), List.of()),
                Arguments.of(MARIADB, new DropColumn("t", column("c", "varchar(20)", true)),
                        List.of("drops column t.c and its data")),

                // widening: no warning
                Arguments.of(MARIADB, type("enum('A','B')", "enum('A','B','C')"), List.of()),
                Arguments.of(MARIADB, type("enum('A','B')", "enum('C','A','B')"), List.of()),
                Arguments.of(H2, type("ENUM('A', 'B')", "ENUM('A', 'B', 'C')"), List.of()),
                Arguments.of(MARIADB, type("varchar(10)", "varchar(20)"), List.of()),
                Arguments.of(H2, type("CHARACTER VARYING(10)", "CHARACTER VARYING(20)"), List.of()),
                Arguments.of(POSTGRESQL, type("character varying(10)", "character varying(20)"), List.of()),
                Arguments.of(POSTGRESQL, type("character varying(10)", "text"), List.of()),
                Arguments.of(MARIADB, type("decimal(10,2)", "decimal(12,2)"), List.of()),
                Arguments.of(H2, type("NUMERIC(10, 2)", "NUMERIC(12, 3)"), List.of()),
                Arguments.of(POSTGRESQL, type("numeric(10,2)", "numeric(12,2)"), List.of()),
                Arguments.of(MARIADB, type("int(11)", "bigint(20)"), List.of()),
                Arguments.of(MARIADB, type("float", "double"), List.of()),
                Arguments.of(H2, type("INTEGER", "BIGINT"), List.of()),
                Arguments.of(POSTGRESQL, type("integer", "bigint"), List.of()),

                // narrowing: what each database does with a value that does not fit
                Arguments.of(MARIADB, type("enum('A','B')", "enum('A')"), List.of("changes the type of t.c "
                        + "from enum('A','B') to enum('A'): this fails if an existing value of t.c does not fit "
                        + "enum('A')")),
                Arguments.of(H2, type("ENUM('A', 'B')", "ENUM('A')"), List.of("changes the type of t.c from "
                        + "ENUM('A', 'B') to ENUM('A'): this fails if an existing value of t.c does not fit "
                        + "ENUM('A')")),
                Arguments.of(MARIADB, type("varchar(20)", "varchar(10)"), List.of("changes the type of t.c "
                        + "from varchar(20) to varchar(10): this fails if an existing value of t.c does not fit "
                        + "varchar(10)")),
                Arguments.of(POSTGRESQL, type("character varying(20)", "character varying(10)"),
                        List.of("changes the type of t.c from character varying(20) to character varying(10): this "
                                + "fails if an existing value of t.c does not fit character varying(10)")),
                Arguments.of(POSTGRESQL, type("text", "character varying(5)"), List.of("changes the type of "
                        + "t.c from text to character varying(5): existing values are cast, and those longer than "
                        + "character varying(5) allows are cut to fit")),
                Arguments.of(H2, type("CHARACTER LARGE OBJECT", "CHARACTER VARYING(5)"), List.of("changes the "
                        + "type of t.c from CHARACTER LARGE OBJECT to CHARACTER VARYING(5): this fails if an existing "
                        + "value of t.c does not fit CHARACTER VARYING(5)")),
                Arguments.of(MARIADB, type("bigint(20)", "int(11)"), List.of("changes the type of t.c from "
                        + "bigint(20) to int(11): this fails if an existing value of t.c does not fit int(11)")),
                Arguments.of(POSTGRESQL, type("numeric(6,2)", "numeric(4,2)"), List.of("changes the type of "
                        + "t.c from numeric(6,2) to numeric(4,2): this fails if an existing value of t.c does not fit "
                        + "numeric(4,2)")),
                Arguments.of(MARIADB, type("decimal(6,2)", "decimal(6,1)"), List.of("changes the type of t.c "
                        + "from decimal(6,2) to decimal(6,1): existing values are rounded to 1 decimal place")),
                Arguments.of(H2, type("NUMERIC(6, 2)", "NUMERIC(6, 1)"), List.of("changes the type of t.c "
                        + "from NUMERIC(6, 2) to NUMERIC(6, 1): existing values are rounded to 1 decimal place")),
                Arguments.of(POSTGRESQL, type("double precision", "real"), List.of("changes the type of t.c "
                        + "from double precision to real: existing values are rounded to the precision of real")),
                Arguments.of(MARIADB, type("double", "float"), List.of("changes the type of t.c from double "
                        + "to float: existing values are rounded to the precision of float")),

                // NOT NULL on existing data fails everywhere (MariaDB strict mode too)
                Arguments.of(MARIADB, new AlterColumn("t", column("c", "varchar(10)", true),
                        column("c", "varchar(10)", false)), List.of("makes t.c NOT NULL: this fails if any row "
                        + "holds NULL there (backfill first)")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void warnsWhatTheDatabaseDoesWithExistingRows(Rules rules, Change change, List<String> warnings) {
        assertEquals(warnings, Warnings.of(change, rules, NAME));
    }

    private static AddColumn addNotNull(String type) {
        return new AddColumn("t", column("c", type, false));
    }

    private static AlterColumn type(String from, String to) {
        return new AlterColumn("t", column("c", from, true), column("c", to, true));
    }

    private static Column column(String name, String type, boolean nullable) {
        return new Column(name, type, nullable, null, Column.Identity.NONE, null, null);
    }
}
