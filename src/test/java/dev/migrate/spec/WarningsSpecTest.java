package dev.migrate.spec;

import dev.migrate.change.Warnings;
import dev.migrate.dialect.Dialect;
import dev.migrate.spec.Examples.Example;
import dev.migrate.spec.Specs.Expected;
import dev.migrate.spec.Specs.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static dev.migrate.spec.Examples.ADD_CHECK;
import static dev.migrate.spec.Examples.ADD_COLUMN;
import static dev.migrate.spec.Examples.ADD_ENUM_VALUES;
import static dev.migrate.spec.Examples.ADD_FOREIGN_KEY;
import static dev.migrate.spec.Examples.ADD_FOREIGN_KEY_ACROSS_SCHEMAS;
import static dev.migrate.spec.Examples.ADD_IDENTITY;
import static dev.migrate.spec.Examples.ADD_NOT_NULL_COLUMN;
import static dev.migrate.spec.Examples.ADD_NOT_NULL_COLUMN_WITH_DEFAULT;
import static dev.migrate.spec.Examples.ADD_PRIMARY_KEY;
import static dev.migrate.spec.Examples.ADD_UNIQUE_KEY;
import static dev.migrate.spec.Examples.ALTER_SEQUENCE;
import static dev.migrate.spec.Examples.COMMENT_COLUMN;
import static dev.migrate.spec.Examples.CREATE_ENUM_TYPE;
import static dev.migrate.spec.Examples.CREATE_INDEX;
import static dev.migrate.spec.Examples.CREATE_PARTIAL_EXPRESSION_INDEX;
import static dev.migrate.spec.Examples.CREATE_SCHEMA;
import static dev.migrate.spec.Examples.CREATE_SEQUENCE;
import static dev.migrate.spec.Examples.CREATE_SEQUENCE_WITH_OPTIONS;
import static dev.migrate.spec.Examples.CREATE_TABLE;
import static dev.migrate.spec.Examples.CREATE_TABLE_IN_SCHEMA;
import static dev.migrate.spec.Examples.CREATE_UNIQUE_INDEX;
import static dev.migrate.spec.Examples.DROP_CHECK;
import static dev.migrate.spec.Examples.DROP_COLUMN;
import static dev.migrate.spec.Examples.DROP_DEFAULT;
import static dev.migrate.spec.Examples.DROP_ENUM_TYPE;
import static dev.migrate.spec.Examples.DROP_FOREIGN_KEY;
import static dev.migrate.spec.Examples.DROP_INDEX;
import static dev.migrate.spec.Examples.DROP_INDEX_IN_SCHEMA;
import static dev.migrate.spec.Examples.DROP_INDEX_OF_FOREIGN_KEY;
import static dev.migrate.spec.Examples.DROP_PRIMARY_KEY;
import static dev.migrate.spec.Examples.DROP_SCHEMA;
import static dev.migrate.spec.Examples.DROP_SEQUENCE;
import static dev.migrate.spec.Examples.DROP_TABLE;
import static dev.migrate.spec.Examples.DROP_UNIQUE_KEY;
import static dev.migrate.spec.Examples.INTEGER_TO_BIGINT;
import static dev.migrate.spec.Examples.MAKE_NOT_NULL;
import static dev.migrate.spec.Examples.MAKE_NULLABLE;
import static dev.migrate.spec.Examples.NARROW_COLUMN;
import static dev.migrate.spec.Examples.REMOVE_ENUM_VALUE;
import static dev.migrate.spec.Examples.REMOVE_TABLE_COMMENT;
import static dev.migrate.spec.Examples.REORDER_ENUM_VALUES;
import static dev.migrate.spec.Examples.ROUND_COLUMN;
import static dev.migrate.spec.Examples.SET_DEFAULT;
import static dev.migrate.spec.Examples.SET_TABLE_COMMENT;
import static dev.migrate.spec.Examples.TEXT_TO_VARCHAR;
import static dev.migrate.spec.Examples.WIDEN_COLUMN;
import static dev.migrate.spec.Specs.everywhere;
import static dev.migrate.spec.Specs.h2;
import static dev.migrate.spec.Specs.mariadb;
import static dev.migrate.spec.Specs.postgresql;
import static dev.migrate.spec.Specs.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Which changes a revision marks with {@code -- WARNING:} lines, per database, and their exact text: drops, narrowing
 * type changes, NOT NULL on existing rows, constraints existing rows may violate, enum types rebuilt or extended.
 * A warning says what this database does with existing rows (MariaDB fills a new NOT NULL column where PostgreSQL and
 * H2 refuse it; PostgreSQL's cast cuts text that MariaDB and H2 refuse), naming things as the statement below it does.
 */
class WarningsSpecTest {

    static List<Row> rows() {
        return List.of(
                row(CREATE_TABLE,
                        noWarning()),
                row(CREATE_TABLE_IN_SCHEMA,
                        noWarning()),
                row(DROP_TABLE,
                        everywhere(
                                "drops table legacy_order and all its rows")),
                row(ADD_COLUMN,
                        noWarning()),
                row(ADD_NOT_NULL_COLUMN,
                        postgresql(
                                "adds NOT NULL column customer.loyalty_points without a default: this "
                                        + "fails if customer has rows (add it nullable, backfill, then make it "
                                        + "NOT NULL)"),
                        mariadb(
                                "adds NOT NULL column customer.loyalty_points without a default: every "
                                        + "existing row of customer gets the type's implicit default ('', 0, a "
                                        + "zero date or the first enum value), so the data of a column it "
                                        + "replaces is lost (add it nullable, backfill, then make it NOT NULL)"),
                        h2(
                                "adds NOT NULL column customer.loyalty_points without a default: this "
                                        + "fails if customer has rows (add it nullable, backfill, then make it "
                                        + "NOT NULL)")),
                row(ADD_NOT_NULL_COLUMN_WITH_DEFAULT,
                        noWarning()),
                row(DROP_COLUMN,
                        everywhere(
                                "drops column customer.fax and its data")),
                row(WIDEN_COLUMN,
                        noWarning()),
                row(NARROW_COLUMN,
                        postgresql(
                                "changes the type of customer.email from character varying(255) to "
                                        + "character varying(100): this fails if an existing value of "
                                        + "customer.email does not fit character varying(100)"),
                        mariadb(
                                "changes the type of customer.email from varchar(255) to varchar(100): "
                                        + "this fails if an existing value of customer.email does not fit "
                                        + "varchar(100)"),
                        h2(
                                "changes the type of customer.email from CHARACTER VARYING(255) to "
                                        + "CHARACTER VARYING(100): this fails if an existing value of "
                                        + "customer.email does not fit CHARACTER VARYING(100)")),
                row(TEXT_TO_VARCHAR,
                        postgresql(
                                "changes the type of customer.note from text to character "
                                        + "varying(500): existing values are cast, and those longer than "
                                        + "character varying(500) allows are cut to fit"),
                        mariadb(
                                "changes the type of customer.note from longtext to varchar(500): this "
                                        + "fails if an existing value of customer.note does not fit varchar(500)"),
                        h2(
                                "changes the type of customer.note from CHARACTER LARGE OBJECT to "
                                        + "CHARACTER VARYING(500): this fails if an existing value of "
                                        + "customer.note does not fit CHARACTER VARYING(500)")),
                row(INTEGER_TO_BIGINT,
                        noWarning()),
                row(ROUND_COLUMN,
                        postgresql(
                                "changes the type of purchase.amount from numeric(10,2) to "
                                        + "numeric(10,1): existing values are rounded to 1 decimal place"),
                        mariadb(
                                "changes the type of purchase.amount from decimal(10,2) to "
                                        + "decimal(10,1): existing values are rounded to 1 decimal place"),
                        h2(
                                "changes the type of purchase.amount from NUMERIC(10, 2) to "
                                        + "NUMERIC(10, 1): existing values are rounded to 1 decimal place")),
                row(MAKE_NOT_NULL,
                        everywhere(
                                "makes customer.email NOT NULL: this fails if any row holds NULL there "
                                        + "(backfill first)")),
                row(MAKE_NULLABLE,
                        noWarning()),
                row(SET_DEFAULT,
                        noWarning()),
                row(DROP_DEFAULT,
                        noWarning()),
                row(ADD_IDENTITY,
                        noWarning()),
                row(COMMENT_COLUMN,
                        noWarning()),
                row(ADD_PRIMARY_KEY,
                        everywhere(
                                "fails if existing rows of customer repeat or lack a value of [id]")),
                row(DROP_PRIMARY_KEY,
                        noWarning()),
                row(ADD_UNIQUE_KEY,
                        everywhere(
                                "fails if existing rows of customer repeat a value of [email]")),
                row(DROP_UNIQUE_KEY,
                        noWarning()),
                row(ADD_FOREIGN_KEY,
                        noWarning()),
                row(ADD_FOREIGN_KEY_ACROSS_SCHEMAS,
                        noWarning()),
                row(DROP_FOREIGN_KEY,
                        noWarning()),
                row(ADD_CHECK,
                        postgresql(
                                "fails if existing rows of customer violate the check rating >= 0"),
                        mariadb(
                                "fails if existing rows of customer violate the check rating >= 0"),
                        h2(
                                "fails if existing rows of customer violate the check RATING >= 0")),
                row(DROP_CHECK,
                        noWarning()),
                row(CREATE_INDEX,
                        noWarning()),
                row(CREATE_UNIQUE_INDEX,
                        everywhere(
                                "fails if existing rows of purchase repeat a value of the unique index "
                                        + "ux_purchase_customer_placed")),
                row(CREATE_PARTIAL_EXPRESSION_INDEX,
                        noWarning()),
                row(DROP_INDEX,
                        noWarning()),
                row(DROP_INDEX_IN_SCHEMA,
                        noWarning()),
                row(DROP_INDEX_OF_FOREIGN_KEY,
                        noWarning()),
                row(CREATE_SEQUENCE,
                        noWarning()),
                row(CREATE_SEQUENCE_WITH_OPTIONS,
                        noWarning()),
                row(DROP_SEQUENCE,
                        everywhere(
                                "drops sequence document_seq and its current value")),
                row(ALTER_SEQUENCE,
                        noWarning()),
                row(SET_TABLE_COMMENT,
                        noWarning()),
                row(REMOVE_TABLE_COMMENT,
                        noWarning()),
                // named enum types are PostgreSQL's only (RenderingSpecTest)
                row(CREATE_ENUM_TYPE,
                        postgresql()),
                row(DROP_ENUM_TYPE,
                        postgresql()),
                row(ADD_ENUM_VALUES,
                        postgresql(
                                "ALTER TYPE ... ADD VALUE runs inside the revision's transaction only "
                                        + "on PostgreSQL 12 and later, and the new value of ticket_status cannot "
                                        + "be used before that transaction commits: use it in a later revision")),
                row(REMOVE_ENUM_VALUE,
                        postgresql(
                                "rebuilds enum type ticket_status without [IN_PROGRESS]: converting "
                                        + "[ticket.\"status\"] fails if a row holds a removed value (update "
                                        + "those rows first)")),
                row(REORDER_ENUM_VALUES,
                        postgresql(
                                "rebuilds enum type ticket_status to reorder its values, converting "
                                        + "every column that uses it")),
                row(CREATE_SCHEMA,
                        noWarning()),
                row(DROP_SCHEMA,
                        everywhere(
                                "drops schema audit with anything created there since")));
    }

    static Stream<Object[]> cases() {
        return rows().stream().flatMap(Row::cases);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void warnsOfWhatTheDatabaseDoesWithExistingRows(Spelling db, Example example, Expected expected) {
        Dialect dialect = db.dialect();
        assertEquals(expected.lines(), Warnings.of(example.on(db), dialect.renderer().warningRules(), dialect::identifier));
    }

    @Test
    void everyKindOfChangeIsSpecified() {
        Specs.assertEveryKindOfChange("WarningsSpecTest", rows());
    }

    /** No warning on any database. */
    private static Expected noWarning() {
        return everywhere();
    }
}
