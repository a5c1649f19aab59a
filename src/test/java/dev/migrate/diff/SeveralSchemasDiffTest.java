package dev.migrate.diff;

import dev.migrate.change.Change;
import dev.migrate.change.Warnings;
import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.h2.H2Dialect;
import dev.migrate.dialect.mariadb.MariaDbDialect;
import dev.migrate.dialect.postgres.PostgresDialect;
import dev.migrate.dialect.postgres.PostgresWarningRules;
import dev.migrate.schema.Column;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.IndexKey;
import dev.migrate.schema.Namespaces;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.Table;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Tables and sequences outside the default schema: matched by schema and name, rendered qualified. */
class SeveralSchemasDiffTest {

    private static final Column ID = new Column("id", "bigint", false, null, Column.Identity.NONE, null, null);
    private static final Column CUSTOMER_ID = new Column("customer_id", "bigint", true, null, Column.Identity.NONE,
            null, null);

    private static final Table CUSTOMER = table(null, "customer", List.of(), List.of());
    private static final Table EVENT = table("audit", "audit_event", List.of(new ForeignKey("fk_event_customer",
            List.of("customer_id"), "customer", List.of("id"), ForeignKey.NO_ACTION, ForeignKey.NO_ACTION)),
            List.of(new Index("ix_event", false, List.of(new IndexKey("id", true, false)), null, null)));
    private static final Sequence SEQ = new Sequence("event_seq", "bigint", 1, 50, 1, Long.MAX_VALUE, 1, false,
            "audit");

    private static Table table(String schema, String name, List<ForeignKey> keys, List<Index> indexes) {
        return new Table(name, keys.isEmpty() ? List.of(ID) : List.of(ID, CUSTOMER_ID),
                Optional.of(new PrimaryKey(name + "_pkey", List.of("id"))), List.of(), keys, List.of(), indexes, null,
                schema);
    }

    private static Schema schema(List<Table> tables, List<Sequence> sequences) {
        Map<String, Table> byKey = new LinkedHashMap<>();
        tables.forEach(t -> byKey.put(Namespaces.key(t), t));
        Map<String, Sequence> sequencesByKey = new LinkedHashMap<>();
        sequences.forEach(s -> sequencesByKey.put(Namespaces.key(s), s));
        return new Schema(byKey, sequencesByKey);
    }

    /** As autogenerate puts it together, with {@code app} the default schema. */
    private static List<Change> upgrade(Schema live, Schema desired, Set<String> missing) {
        return SchemaCreation.prepend(DefaultSchemaReferences.qualify(SchemaDiff.changes(live, desired, t -> false),
                "app"), missing);
    }

    private static List<String> render(Dialect dialect, List<Change> changes) {
        List<String> sql = new ArrayList<>();
        changes.forEach(c -> sql.addAll(dialect.renderer().render(c)));
        return sql;
    }

    @Test
    void aTableInANewSchemaCreatesTheSchemaFirstAndItsDowngradeDropsItLast() {
        List<Change> upgrade = upgrade(schema(List.of(CUSTOMER), List.of()),
                schema(List.of(CUSTOMER, EVENT), List.of(SEQ)), Set.of("audit"));
        assertEquals(List.of(
                "CREATE SCHEMA audit",
                "CREATE SEQUENCE audit.event_seq START WITH 1 INCREMENT BY 50",
                "CREATE TABLE audit.audit_event (\n    id bigint NOT NULL,\n    customer_id bigint,\n"
                        + "    CONSTRAINT audit_event_pkey PRIMARY KEY (id)\n)",
                "CREATE INDEX ix_event ON audit.audit_event (id)",
                "ALTER TABLE audit.audit_event ADD CONSTRAINT fk_event_customer FOREIGN KEY (customer_id) "
                        + "REFERENCES app.customer (id)"), render(new PostgresDialect(), upgrade));
        assertEquals(List.of(
                "ALTER TABLE audit.audit_event DROP CONSTRAINT fk_event_customer",
                "DROP TABLE audit.audit_event",
                "DROP SEQUENCE audit.event_seq",
                "DROP SCHEMA audit"), render(new PostgresDialect(), SchemaDiff.reverse(upgrade)));
        assertEquals("CREATE DATABASE audit", render(new MariaDbDialect(false), upgrade).get(0));
        assertEquals("DROP DATABASE audit", render(new MariaDbDialect(false), SchemaDiff.reverse(upgrade)).get(3));
        // H2 stores unquoted names in upper case, so a stored lower-case name is quoted
        assertEquals("CREATE SCHEMA \"audit\"", render(new H2Dialect(null), upgrade).get(0));
    }

    @Test
    void anIndexOutsideTheDefaultSchemaIsDroppedQualified() {
        Table withoutIndex = table("audit", "audit_event", EVENT.foreignKeys(), List.of());
        Schema live = schema(List.of(CUSTOMER, EVENT), List.of());
        List<Change> upgrade = upgrade(live, schema(List.of(CUSTOMER, withoutIndex), List.of()), Set.of());
        assertEquals(List.of("DROP INDEX audit.ix_event"), render(new PostgresDialect(), upgrade));
        assertEquals(List.of("DROP INDEX \"audit\".\"ix_event\""), render(new H2Dialect(null), upgrade));
        assertEquals(List.of("DROP INDEX ix_event ON audit.audit_event"), render(new MariaDbDialect(false), upgrade));
    }

    @Test
    void anExistingSchemaIsNotCreatedAndItsTablesAreDroppedQualified() {
        Schema live = schema(List.of(CUSTOMER, EVENT), List.of(SEQ));
        List<Change> upgrade = upgrade(live, schema(List.of(CUSTOMER), List.of()), Set.of());
        assertEquals(List.of(
                "removed foreign key fk_event_customer audit.audit_event[customer_id] -> app.customer[id]",
                "removed table audit.audit_event",
                "removed sequence audit.event_seq"), upgrade.stream().map(Change::describe).toList());
        assertEquals(List.of("ALTER TABLE audit.audit_event DROP CONSTRAINT fk_event_customer",
                "DROP TABLE audit.audit_event", "DROP SEQUENCE audit.event_seq"),
                render(new PostgresDialect(), upgrade));
    }

    @Test
    void warningsNameTablesWithTheirSchema() {
        List<Change> upgrade = upgrade(schema(List.of(CUSTOMER, EVENT), List.of()), schema(List.of(CUSTOMER),
                List.of()), Set.of());
        assertEquals(List.of("drops table audit.audit_event and all its rows"),
                Warnings.of(upgrade.get(1), PostgresWarningRules.RULES, new PostgresDialect()::identifier));
    }

    @Test
    void equalNamesInDifferentSchemasAreDifferentTables() {
        Table auditCustomer = table("audit", "customer", List.of(), List.of());
        List<Change> upgrade = upgrade(schema(List.of(CUSTOMER), List.of()),
                schema(List.of(CUSTOMER, auditCustomer), List.of()), Set.of());
        assertEquals(List.of("added table audit.customer"), upgrade.stream().map(Change::describe).toList());
        assertEquals(List.of(), upgrade(schema(List.of(CUSTOMER, auditCustomer), List.of()),
                schema(List.of(CUSTOMER, auditCustomer), List.of()), Set.of()));
    }

    @Test
    void namespacesReadOneByOneCombineIntoKeysAndForeignKeysNameTheirSchema() {
        Table scratchEvent = new Table("audit_event", List.of(ID, CUSTOMER_ID), Optional.empty(), List.of(),
                List.of(new ForeignKey("fk", List.of("customer_id"), "customer", List.of("id"), ForeignKey.NO_ACTION,
                        ForeignKey.NO_ACTION, "scratch")), List.of(), List.of(), null);
        Table scratchCustomer = new Table("customer", List.of(ID), Optional.empty(), List.of(), List.of(), List.of(),
                List.of(), null);
        Schema combined = Namespaces.combine(Map.of(
                "scratch", new Schema(Map.of("customer", scratchCustomer), Map.of()),
                "scratch_1", new Schema(Map.of("audit_event", scratchEvent), Map.of())),
                namespace -> namespace.equals("scratch") ? null : "audit");
        assertEquals(Set.of("customer", "audit.audit_event"), combined.tables().keySet());
        assertNull(combined.tables().get("customer").schema());
        assertEquals("audit", combined.tables().get("audit.audit_event").schema());
        assertNull(combined.tables().get("audit.audit_event").foreignKeys().get(0).referencedSchema());
        assertEquals(Set.of("audit"), Namespaces.named(combined));
    }
}
