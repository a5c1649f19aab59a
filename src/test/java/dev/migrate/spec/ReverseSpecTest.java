package dev.migrate.spec;

import dev.migrate.change.AddEnumValue;
import dev.migrate.change.Change;
import dev.migrate.diff.SchemaDiff;
import dev.migrate.schema.EnumType;
import dev.migrate.spec.Examples.Example;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The downgrade is the upgrade reversed, never a second diff: every change knows the change that undoes it, and
 * undoing that gives the change back, on every database. No kind of change is irreversible; what a reverse cannot
 * bring back (a dropped table's rows, a sequence's current value) is what {@link WarningsSpecTest} warns of.
 */
class ReverseSpecTest {

    /** Each example as the log describes it, and its reverse as the log describes that. */
    static Stream<Object[]> rows() {
        return Stream.of(
                row(CREATE_TABLE,
                        "added table customer",
                        "removed table customer"),
                row(CREATE_TABLE_IN_SCHEMA,
                        "added table audit.audit_event",
                        "removed table audit.audit_event"),
                row(DROP_TABLE,
                        "removed table legacy_order",
                        "added table legacy_order"),
                row(ADD_COLUMN,
                        "added column customer.nickname",
                        "removed column customer.nickname"),
                row(ADD_NOT_NULL_COLUMN,
                        "added column customer.loyalty_points",
                        "removed column customer.loyalty_points"),
                row(ADD_NOT_NULL_COLUMN_WITH_DEFAULT,
                        "added column customer.loyalty_points",
                        "removed column customer.loyalty_points"),
                row(DROP_COLUMN,
                        "removed column customer.fax",
                        "added column customer.fax"),
                row(WIDEN_COLUMN,
                        "changed column customer.email (type character varying(100) -> character "
                                + "varying(255))",
                        "changed column customer.email (type character varying(255) -> character "
                                + "varying(100))"),
                row(NARROW_COLUMN,
                        "changed column customer.email (type character varying(255) -> character "
                                + "varying(100))",
                        "changed column customer.email (type character varying(100) -> character "
                                + "varying(255))"),
                row(TEXT_TO_VARCHAR,
                        "changed column customer.note (type text -> character varying(500))",
                        "changed column customer.note (type character varying(500) -> text)"),
                row(INTEGER_TO_BIGINT,
                        "changed column customer.rating (type integer -> bigint)",
                        "changed column customer.rating (type bigint -> integer)"),
                row(ROUND_COLUMN,
                        "changed column purchase.amount (type numeric(10,2) -> numeric(10,1))",
                        "changed column purchase.amount (type numeric(10,1) -> numeric(10,2))"),
                row(MAKE_NOT_NULL,
                        "changed column customer.email (NOT NULL)",
                        "changed column customer.email (nullable)"),
                row(MAKE_NULLABLE,
                        "changed column customer.email (nullable)",
                        "changed column customer.email (NOT NULL)"),
                row(SET_DEFAULT,
                        "changed column customer.rating (default null -> 0)",
                        "changed column customer.rating (default 0 -> null)"),
                row(DROP_DEFAULT,
                        "changed column customer.rating (default 0 -> null)",
                        "changed column customer.rating (default null -> 0)"),
                row(ADD_IDENTITY,
                        "changed column customer.id (identity NONE -> BY_DEFAULT)",
                        "changed column customer.id (identity BY_DEFAULT -> NONE)"),
                row(COMMENT_COLUMN,
                        "changed column customer.nickname (comment)",
                        "changed column customer.nickname (comment)"),
                row(ADD_PRIMARY_KEY,
                        "added primary key customer[id]",
                        "removed primary key customer[id]"),
                row(DROP_PRIMARY_KEY,
                        "removed primary key customer[id]",
                        "added primary key customer[id]"),
                row(ADD_UNIQUE_KEY,
                        "added unique constraint customer_email_key on customer[email]",
                        "removed unique constraint customer_email_key on customer[email]"),
                row(DROP_UNIQUE_KEY,
                        "removed unique constraint customer_email_key on customer[email]",
                        "added unique constraint customer_email_key on customer[email]"),
                row(ADD_FOREIGN_KEY,
                        "added foreign key fk_purchase_customer purchase[customer_id] -> customer[id]",
                        "removed foreign key fk_purchase_customer purchase[customer_id] -> customer[id]"),
                row(ADD_FOREIGN_KEY_ACROSS_SCHEMAS,
                        "added foreign key fk_audit_event_customer audit.audit_event[customer_id] -> "
                                + "app.customer[id]",
                        "removed foreign key fk_audit_event_customer audit.audit_event[customer_id] -> "
                                + "app.customer[id]"),
                row(DROP_FOREIGN_KEY,
                        "removed foreign key fk_purchase_customer purchase[customer_id] -> customer[id]",
                        "added foreign key fk_purchase_customer purchase[customer_id] -> customer[id]"),
                row(ADD_CHECK,
                        "added check constraint customer_rating_check on customer",
                        "removed check constraint customer_rating_check on customer"),
                row(DROP_CHECK,
                        "removed check constraint customer_rating_check on customer",
                        "added check constraint customer_rating_check on customer"),
                row(CREATE_INDEX,
                        "added index ix_customer_nickname on customer",
                        "removed index ix_customer_nickname on customer"),
                row(CREATE_UNIQUE_INDEX,
                        "added unique index ux_purchase_customer_placed on purchase",
                        "removed unique index ux_purchase_customer_placed on purchase"),
                row(CREATE_PARTIAL_EXPRESSION_INDEX,
                        "added index ix_customer_lower_email on customer",
                        "removed index ix_customer_lower_email on customer"),
                row(DROP_INDEX,
                        "removed index ix_customer_nickname on customer",
                        "added index ix_customer_nickname on customer"),
                row(DROP_INDEX_IN_SCHEMA,
                        "removed index ix_audit_event_at on audit.audit_event",
                        "added index ix_audit_event_at on audit.audit_event"),
                row(DROP_INDEX_OF_FOREIGN_KEY,
                        "removed index fk_purchase_customer on purchase (the index of foreign key "
                                + "fk_purchase_customer)",
                        "added index fk_purchase_customer on purchase (the index of foreign key "
                                + "fk_purchase_customer)"),
                row(CREATE_SEQUENCE,
                        "added sequence document_seq",
                        "removed sequence document_seq"),
                row(CREATE_SEQUENCE_WITH_OPTIONS,
                        "added sequence ticket_seq",
                        "removed sequence ticket_seq"),
                row(DROP_SEQUENCE,
                        "removed sequence document_seq",
                        "added sequence document_seq"),
                row(ALTER_SEQUENCE,
                        "changed sequence document_seq",
                        "changed sequence document_seq"),
                row(SET_TABLE_COMMENT,
                        "changed comment of table customer",
                        "changed comment of table customer"),
                row(REMOVE_TABLE_COMMENT,
                        "changed comment of table customer",
                        "changed comment of table customer"),
                row(CREATE_ENUM_TYPE,
                        "added enum type ticket_status",
                        "removed enum type ticket_status"),
                row(DROP_ENUM_TYPE,
                        "removed enum type ticket_status",
                        "added enum type ticket_status"),
                row(ADD_ENUM_VALUES,
                        "added [IN_PROGRESS, ARCHIVED] to enum type ticket_status",
                        "rebuilt enum type ticket_status [OPEN, IN_PROGRESS, CLOSED, ARCHIVED] -> [OPEN, "
                                + "CLOSED]"),
                row(REMOVE_ENUM_VALUE,
                        "rebuilt enum type ticket_status [OPEN, IN_PROGRESS, CLOSED] -> [OPEN, CLOSED]",
                        "added [IN_PROGRESS] to enum type ticket_status"),
                row(REORDER_ENUM_VALUES,
                        "rebuilt enum type ticket_status [OPEN, CLOSED] -> [CLOSED, OPEN]",
                        "rebuilt enum type ticket_status [CLOSED, OPEN] -> [OPEN, CLOSED]"),
                row(CREATE_SCHEMA,
                        "added schema audit",
                        "removed schema audit"),
                row(DROP_SCHEMA,
                        "removed schema audit",
                        "added schema audit"));
    }

    private static Object[] row(Example example, String change, String reverse) {
        return new Object[] {example, change, reverse};
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void theReverseUndoesTheChange(Example example, String change, String reverse) {
        Change c = example.on(Spelling.POSTGRESQL);
        assertEquals(change, c.describe());
        assertEquals(reverse, c.reverse().describe());
    }

    static Stream<Object[]> everyExampleOnEveryDatabase() {
        return Examples.all().stream().flatMap(e -> Arrays.stream(Spelling.values()).map(db -> new Object[] {db, e}));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("everyExampleOnEveryDatabase")
    void reversingTwiceGivesTheChangeBack(Spelling db, Example example) {
        Change change = example.on(db);
        assertEquals(change, change.reverse().reverse());
    }

    @Test
    void theDowngradeRunsTheReversesInTheOppositeOrder() {
        Change table = CREATE_TABLE.on(Spelling.POSTGRESQL);
        Change key = ADD_FOREIGN_KEY.on(Spelling.POSTGRESQL);
        assertEquals(List.of(key.reverse(), table.reverse()), SchemaDiff.reverse(List.of(table, key)));
        assertEquals(List.of(table, key), SchemaDiff.reverse(SchemaDiff.reverse(List.of(table, key))));
    }

    @Test
    void anEnumChangeThatRemovesOrReordersValuesIsARebuildNotAnAddition() {
        EnumType openClosed = new EnumType("ticket_status", List.of("OPEN", "CLOSED"));
        EnumType closedOpen = new EnumType("ticket_status", List.of("CLOSED", "OPEN"));
        Exception e = assertThrows(IllegalArgumentException.class,
                () -> new AddEnumValue(openClosed, closedOpen, List.of()));
        assertEquals("EnumType[name=ticket_status, values=[CLOSED, OPEN]] does not only add values to "
                + "EnumType[name=ticket_status, values=[OPEN, CLOSED]]", e.getMessage());
    }

    @Test
    void everyKindOfChangeIsSpecified() {
        Set<Class<?>> covered = rows().map(r -> ((Example) r[0]).on(Spelling.POSTGRESQL).getClass())
                .collect(Collectors.toSet());
        List<String> missing = Arrays.stream(Change.class.getPermittedSubclasses())
                .filter(kind -> !covered.contains(kind)).map(Class::getSimpleName).toList();
        assertEquals(List.of(), missing, "ReverseSpecTest has no row for these kinds of change: add them");
    }
}
