package dev.migrate.schema;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SchemaCodecTest {

    @Test
    void everyPartOfTheModelSurvivesTheRoundTrip() throws IOException {
        Table orders = new Table("orders",
                List.of(new Column("id", "bigint", false, null, Column.Identity.ALWAYS, null, "the key"),
                        new Column("total", "numeric(10,2)", true, "0.00", Column.Identity.NONE, null, null, "0"),
                        new Column("taxed", "numeric(10,2)", true, null, Column.Identity.NONE, "total * 1.2", null),
                        new Column("note", "varchar(20)", true, "'naïve ✓'", Column.Identity.BY_DEFAULT, null, "")),
                Optional.of(new PrimaryKey("orders_pkey", List.of("id"))),
                List.of(new UniqueKey("uk_orders_note", List.of("note", "total"))),
                List.of(new ForeignKey("fk_orders_customer", List.of("customer_id"), "customers", List.of("id"),
                        "CASCADE", ForeignKey.NO_ACTION)),
                List.of(new Check("ck_total", "(total >= (0)::numeric)", "total >= 0")),
                List.of(new Index("ix_orders_total", false, List.of(new IndexKey("total", true, true),
                        new IndexKey("lower(note)", false, false)), "total > 0", "btree")),
                null);
        Table empty = new Table("empty", List.of(), Optional.empty(), List.of(), List.of(), List.of(), List.of(),
                "a table with nothing");
        Schema schema = new Schema(Map.of("orders", orders, "empty", empty),
                Map.of("orders_seq", new Sequence("orders_seq", "bigint", 1, 50, 1, Long.MAX_VALUE, 1, false),
                        "cyclic", new Sequence("cyclic", null, -5, -1, Long.MIN_VALUE, -1, 20, true)),
                Map.of("status", new EnumType("status", List.of("OPEN", "IN_PROGRESS", "it's ✓")),
                        "Empty", new EnumType("Empty", List.of())));

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            SchemaCodec.write(schema, out);
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            Schema read = SchemaCodec.read(in);
            assertEquals(schema, read);
            // equality leaves out how a revision writes checks and defaults; the cache must keep it too
            assertEquals("total >= 0", read.tables().get("orders").checks().get(0).sql());
            assertEquals("0", read.tables().get("orders").columns().get(1).defaultSql());
            assertEquals("'naïve ✓'", read.tables().get("orders").columns().get(3).defaultSql());
        }
    }

    @Test
    void schemasOfTablesSequencesAndReferencedTablesSurviveTheRoundTrip() throws IOException {
        Table event = new Table("audit_event", List.of(new Column("id", "bigint", false, null, Column.Identity.NONE,
                null, null)), Optional.empty(), List.of(), List.of(new ForeignKey("fk_event_customer",
                List.of("customer_id"), "customer", List.of("id"), ForeignKey.NO_ACTION, ForeignKey.NO_ACTION),
                new ForeignKey("fk_event_note", List.of("note_id"), "note", List.of("id"), ForeignKey.NO_ACTION,
                        ForeignKey.NO_ACTION, "audit")), List.of(), List.of(), null, "audit");
        Sequence sequence = new Sequence("event_seq", "bigint", 1, 50, 1, Long.MAX_VALUE, 1, false, "audit");
        Schema schema = new Schema(Map.of(Namespaces.key(event), event), Map.of(Namespaces.key(sequence), sequence));

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            SchemaCodec.write(schema, out);
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(schema, SchemaCodec.read(in));
        }
    }
}
