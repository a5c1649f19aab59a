package dev.migrate.schema;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * A copy of a table or schema with one part changed keeps every other part: each part (but a table's name) has a
 * {@code with...} method, so that code making such copies never goes through the full constructor and a part added
 * later cannot be dropped on the way.
 */
class WithersTest {

    private static final Table TABLE = new Table("customer",
            List.of(new Column("id", "bigint", false, null, Column.Identity.ALWAYS, null, "key")),
            Optional.of(new PrimaryKey("customer_pkey", List.of("id"))),
            List.of(new UniqueKey("customer_id_key", List.of("id"))),
            List.of(new ForeignKey("fk_customer_self", List.of("id"), "customer", List.of("id"), "CASCADE",
                    ForeignKey.NO_ACTION, "app")),
            List.of(new Check("customer_id_check", "id > 0")),
            List.of(new Index("ix_customer_id", false, List.of(new IndexKey("id", true, false)), null, null)),
            "People who buy", "app");
    private static final Table OTHER_TABLE = new Table("purchase",
            List.of(new Column("amount", "numeric(10,2)", true, "0", Column.Identity.NONE, null, null)),
            Optional.empty(), List.of(), List.of(), List.of(new Check("purchase_amount_check", "amount >= 0")),
            List.of(), null, null);
    private static final Schema SCHEMA = new Schema(Map.of("customer", TABLE),
            Map.of("document_seq", new Sequence("document_seq", "bigint", 1, 50, 1, Long.MAX_VALUE, 1, false)),
            Map.of("ticket_status", new EnumType("ticket_status", List.of("OPEN", "CLOSED"))));
    private static final Schema OTHER_SCHEMA = new Schema(Map.of("purchase", OTHER_TABLE),
            Map.of("ticket_seq", new Sequence("ticket_seq", "integer", 1, 1, 1, 999, 1, true)),
            Map.of("priority", new EnumType("priority", List.of("LOW", "HIGH"))));

    static Stream<Arguments> parts() {
        Stream<Arguments> table = Stream.of(Table.class.getRecordComponents())
                .filter(c -> !c.getName().equals("name"))
                .map(c -> Arguments.of("Table", c.getName(), TABLE, OTHER_TABLE));
        Stream<Arguments> schema = Stream.of(Schema.class.getRecordComponents())
                .map(c -> Arguments.of("Schema", c.getName(), SCHEMA, OTHER_SCHEMA));
        return Stream.concat(table, schema);
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("parts")
    void aWitherChangesItsPartAndKeepsTheOthers(String record, String part, Record original, Record other)
            throws Exception {
        Class<?> type = original.getClass();
        RecordComponent changed = component(type, part);
        Method wither = type.getMethod("with" + Character.toUpperCase(part.charAt(0)) + part.substring(1),
                changed.getType());
        Object newValue = changed.getAccessor().invoke(other);
        Record copy = (Record) wither.invoke(original, newValue);
        for (RecordComponent c : type.getRecordComponents()) {
            Object expected = c.getName().equals(part) ? newValue : c.getAccessor().invoke(original);
            assertEquals(expected, c.getAccessor().invoke(copy), c.getName());
        }
        assertNotEquals(original, copy);
    }

    private static RecordComponent component(Class<?> type, String name) {
        return Stream.of(type.getRecordComponents()).filter(c -> c.getName().equals(name)).findFirst().orElseThrow();
    }
}
