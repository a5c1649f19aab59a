package dev.migrate.spec;

import dev.migrate.change.AddCheck;
import dev.migrate.change.AddColumn;
import dev.migrate.change.AddEnumValue;
import dev.migrate.change.AddForeignKey;
import dev.migrate.change.AddPrimaryKey;
import dev.migrate.change.AddUniqueKey;
import dev.migrate.change.AlterColumn;
import dev.migrate.change.AlterSequence;
import dev.migrate.change.Change;
import dev.migrate.change.CreateEnumType;
import dev.migrate.change.CreateIndex;
import dev.migrate.change.CreateSchema;
import dev.migrate.change.CreateSequence;
import dev.migrate.change.CreateTable;
import dev.migrate.change.DropCheck;
import dev.migrate.change.DropColumn;
import dev.migrate.change.DropEnumType;
import dev.migrate.change.DropForeignKey;
import dev.migrate.change.DropIndex;
import dev.migrate.change.DropPrimaryKey;
import dev.migrate.change.DropSchema;
import dev.migrate.change.DropSequence;
import dev.migrate.change.DropTable;
import dev.migrate.change.DropUniqueKey;
import dev.migrate.change.EnumColumn;
import dev.migrate.change.RebuildEnumType;
import dev.migrate.change.SetTableComment;
import dev.migrate.diff.SchemaCreation;
import dev.migrate.diff.SchemaDiff;
import dev.migrate.diff.TablePatterns;
import dev.migrate.schema.Check;
import dev.migrate.schema.Column;
import dev.migrate.schema.EnumType;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.IndexKey;
import dev.migrate.schema.Namespaces;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static dev.migrate.spec.Examples.customer;
import static dev.migrate.spec.Examples.customerKey;
import static dev.migrate.spec.Examples.emailKey;
import static dev.migrate.spec.Examples.nickname;
import static dev.migrate.spec.Examples.nicknameIndex;
import static dev.migrate.spec.Examples.purchaseCustomer;
import static dev.migrate.spec.Examples.ratingCheck;
import static dev.migrate.spec.Spelling.withDefault;
import static dev.migrate.spec.Spelling.withIdentity;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What the diff finds between the database (live) and the entities (desired), both read by the same reader: schema
 * pair in, the exact changes out, in the order an upgrade runs them. Keys, constraints and indexes are matched by
 * what they do, not by their names. The diff has no per-database code; the models here are spelled as PostgreSQL
 * stores them.
 */
class SchemaDiffSpecTest {

    private static final Spelling PG = Spelling.POSTGRESQL;

    /** A case: what the diff finds, the live and desired schemas, the exact changes. */
    record Case(String finds, Schema live, Schema desired, List<Change> changes) {

        @Override
        public String toString() {
            return finds;
        }
    }

    static List<Case> cases() {
        Table customer = customer(PG);
        Table purchase = purchase().withForeignKeys(List.of(purchaseCustomer(PG)));
        Column email = PG.notNull("email", PG.varchar(255));
        Column rating = withDefault(PG.notNull("rating", PG.integer()), "0");
        return List.of(
                diff("nothing when the two agree",
                        schema(customer, purchase), schema(customer, purchase)),

                // tables
                diff("a table to create",
                        schema(), schema(customer),
                        new CreateTable(customer)),
                diff("a table to create, its foreign keys added once every table exists",
                        schema(customer), schema(customer, purchase),
                        new CreateTable(purchase()),
                        new AddForeignKey("purchase", purchaseCustomer(PG))),
                diff("a table to drop, its foreign keys dropped first",
                        schema(customer, purchase), schema(customer),
                        new DropForeignKey("purchase", purchaseCustomer(PG)),
                        new DropTable(purchase())),

                // columns
                diff("a column to add",
                        schema(PG.table("customer", id())), schema(PG.table("customer", id(), nickname(PG, 40))),
                        new AddColumn("customer", nickname(PG, 40))),
                diff("a column to drop",
                        schema(PG.table("customer", id(), nickname(PG, 40))), schema(PG.table("customer", id())),
                        new DropColumn("customer", nickname(PG, 40))),
                diff("a type change",
                        schema(PG.table("customer", PG.notNull("email", PG.varchar(100)))),
                        schema(PG.table("customer", email)),
                        new AlterColumn("customer", PG.notNull("email", PG.varchar(100)), email)),
                diff("a nullability change",
                        schema(PG.table("customer", PG.column("email", PG.varchar(255)))),
                        schema(PG.table("customer", email)),
                        new AlterColumn("customer", PG.column("email", PG.varchar(255)), email)),
                diff("a default change",
                        schema(PG.table("customer", PG.notNull("rating", PG.integer()))),
                        schema(PG.table("customer", rating)),
                        new AlterColumn("customer", PG.notNull("rating", PG.integer()), rating)),
                diff("an identity change",
                        schema(PG.table("customer", PG.notNull("id", PG.bigint()))),
                        schema(PG.table("customer", id())),
                        new AlterColumn("customer", PG.notNull("id", PG.bigint()), id())),
                diff("a column comment change",
                        schema(PG.table("customer", PG.column("nickname", PG.varchar(40)))),
                        schema(PG.table("customer", nickname(PG, 40))),
                        new AlterColumn("customer", PG.column("nickname", PG.varchar(40)), nickname(PG, 40))),

                // keys and constraints
                diff("a primary key to add",
                        schema(PG.table("customer", id())), schema(PG.table("customer", id()).withPrimaryKey(
                                Optional.of(customerKey(PG)))),
                        new AddPrimaryKey("customer", customerKey(PG))),
                diff("a primary key on other columns: the old one dropped, the new one added",
                        schema(PG.table("customer", id(), email).withPrimaryKey(Optional.of(customerKey(PG)))),
                        schema(PG.table("customer", id(), email).withPrimaryKey(Optional.of(
                                new PrimaryKey("customer_pkey", List.of("id", "email"))))),
                        new DropPrimaryKey("customer", customerKey(PG)),
                        new AddPrimaryKey("customer", new PrimaryKey("customer_pkey", List.of("id", "email")))),
                diff("nothing for a primary key of another name on the same columns",
                        schema(PG.table("customer", id()).withPrimaryKey(Optional.of(customerKey(PG)))),
                        schema(PG.table("customer", id()).withPrimaryKey(Optional.of(
                                new PrimaryKey("pk_customer", List.of("id")))))),
                diff("a unique constraint to add and one to drop",
                        schema(PG.table("customer", id(), email, nickname(PG, 40)).withUniqueKeys(List.of(
                                new UniqueKey("customer_nickname_key", List.of("nickname"))))),
                        schema(PG.table("customer", id(), email, nickname(PG, 40)).withUniqueKeys(List.of(
                                emailKey(PG)))),
                        new DropUniqueKey("customer", new UniqueKey("customer_nickname_key", List.of("nickname"))),
                        new AddUniqueKey("customer", emailKey(PG))),
                diff("nothing for a unique constraint of another name on the same columns",
                        schema(PG.table("customer", email).withUniqueKeys(List.of(emailKey(PG)))),
                        schema(PG.table("customer", email).withUniqueKeys(List.of(
                                new UniqueKey("uk_customer_email", List.of("email")))))),
                diff("a foreign key whose ON DELETE changed: dropped and added again",
                        schema(customer, purchase),
                        schema(customer, purchase().withForeignKeys(List.of(new ForeignKey("fk_purchase_customer",
                                List.of("customer_id"), "customer", List.of("id"), ForeignKey.NO_ACTION,
                                ForeignKey.NO_ACTION)))),
                        new DropForeignKey("purchase", purchaseCustomer(PG)),
                        new AddForeignKey("purchase", new ForeignKey("fk_purchase_customer", List.of("customer_id"),
                                "customer", List.of("id"), ForeignKey.NO_ACTION, ForeignKey.NO_ACTION))),
                diff("a check whose condition changed: dropped and added again",
                        schema(PG.table("customer", rating).withChecks(List.of(ratingCheck(PG)))),
                        schema(PG.table("customer", rating).withChecks(List.of(
                                new Check("customer_rating_check", "rating >= 1")))),
                        new DropCheck("customer", ratingCheck(PG)),
                        new AddCheck("customer", new Check("customer_rating_check", "rating >= 1"))),
                diff("nothing for a check of another name with the same condition",
                        schema(PG.table("customer", rating).withChecks(List.of(ratingCheck(PG)))),
                        schema(PG.table("customer", rating).withChecks(List.of(
                                new Check("ck_customer_rating", "rating >= 0"))))),

                // indexes
                diff("an index to create",
                        schema(PG.table("customer", nickname(PG, 40))),
                        schema(PG.table("customer", nickname(PG, 40)).withIndexes(List.of(nicknameIndex(PG)))),
                        new CreateIndex("customer", nicknameIndex(PG))),
                diff("an index that became unique: dropped and created again",
                        schema(PG.table("customer", nickname(PG, 40)).withIndexes(List.of(nicknameIndex(PG)))),
                        schema(PG.table("customer", nickname(PG, 40)).withIndexes(List.of(uniqueNicknameIndex()))),
                        new DropIndex("customer", nicknameIndex(PG)),
                        new CreateIndex("customer", uniqueNicknameIndex())),

                // sequences
                diff("a sequence to create",
                        schema(), schema().withSequences(sequences(PG.sequence("document_seq", 1, 50))),
                        new CreateSequence(PG.sequence("document_seq", 1, 50))),
                diff("a sequence whose increment changed",
                        schema().withSequences(sequences(PG.sequence("document_seq", 1, 50))),
                        schema().withSequences(sequences(PG.sequence("document_seq", 1, 100))),
                        new AlterSequence(PG.sequence("document_seq", 1, 50), PG.sequence("document_seq", 1, 100))),
                diff("a sequence to drop",
                        schema().withSequences(sequences(PG.sequence("document_seq", 1, 50))), schema(),
                        new DropSequence(PG.sequence("document_seq", 1, 50))),

                // enum types
                diff("an enum type to create before the table that uses it",
                        schema(), schema(ticket()).withEnumTypes(enumTypes(status("OPEN", "CLOSED"))),
                        new CreateEnumType(status("OPEN", "CLOSED")),
                        new CreateTable(ticket())),
                diff("enum values to add in place",
                        schema(ticket()).withEnumTypes(enumTypes(status("OPEN", "CLOSED"))),
                        schema(ticket()).withEnumTypes(enumTypes(status("OPEN", "IN_PROGRESS", "CLOSED"))),
                        new AddEnumValue(status("OPEN", "CLOSED"), status("OPEN", "IN_PROGRESS", "CLOSED"),
                                List.of(new EnumColumn("ticket", "status", "'OPEN'::ticket_status")))),
                diff("an enum value removed: the type rebuilt, converting the columns that use it",
                        schema(ticket()).withEnumTypes(enumTypes(status("OPEN", "IN_PROGRESS", "CLOSED"))),
                        schema(ticket()).withEnumTypes(enumTypes(status("OPEN", "CLOSED"))),
                        new RebuildEnumType(status("OPEN", "IN_PROGRESS", "CLOSED"), status("OPEN", "CLOSED"),
                                List.of(new EnumColumn("ticket", "status", "'OPEN'::ticket_status")))),
                diff("an enum type to drop after the table that used it",
                        schema(ticket()).withEnumTypes(enumTypes(status("OPEN", "CLOSED"))), schema(),
                        new DropTable(ticket()),
                        new DropEnumType(status("OPEN", "CLOSED"))),

                // comments
                diff("a table comment to set",
                        schema(customer.withComment(null)), schema(customer),
                        new SetTableComment("customer", null, "People who buy")),

                // order
                diff("changes in upgrade order: foreign keys and constraints dropped first, tables created before "
                                + "their foreign keys are added",
                        schema(customer, purchase, PG.table("legacy_order", id())),
                        schema(customer.withChecks(List.of()), PG.table("invoice", id())),
                        new DropForeignKey("purchase", purchaseCustomer(PG)),
                        new DropCheck("customer", ratingCheck(PG)),
                        new DropTable(PG.table("legacy_order", id())),
                        new DropTable(purchase()),
                        new CreateTable(PG.table("invoice", id()))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsTheChangesFromTheDatabaseToTheEntities(Case c) {
        assertEquals(c.changes(), SchemaDiff.changes(c.live(), c.desired(), table -> false));
    }

    @Test
    void aTableInASchemaTheDatabaseLacksFirstCreatesTheSchema() {
        Table event = PG.table("audit_event", id()).withSchema("audit");
        List<Change> changes = SchemaDiff.changes(schema(), schema(event), table -> false);
        assertEquals(List.of(new CreateSchema("audit"), new CreateTable(event)),
                SchemaCreation.prepend(changes, Set.of("audit")));
        assertEquals(List.of(new CreateTable(event)), SchemaCreation.prepend(changes, Set.of()),
                "a schema the database has is not created");
    }

    @Test
    void excludedTablesAreNeitherCreatedNorDropped() {
        Schema live = schema(PG.table("flyway_schema_history", id()));
        Schema desired = schema(PG.table("QRTZ_LOCKS", id()));
        assertEquals(List.of(), SchemaDiff.changes(live, desired,
                new TablePatterns(List.of("flyway_*", "qrtz_*"))));
    }

    @Test
    void everyKindOfChangeComesOutOfSomeDiff() {
        Set<Class<?>> found = cases().stream().flatMap(c -> c.changes().stream()).map(Object::getClass)
                .collect(Collectors.toSet());
        found.add(CreateSchema.class); // SchemaCreation, above
        found.add(DropSchema.class); // only ever the reverse of CreateSchema
        List<String> missing = Arrays.stream(Change.class.getPermittedSubclasses())
                .filter(kind -> !found.contains(kind)).map(Class::getSimpleName).toList();
        assertEquals(List.of(), missing, "SchemaDiffSpecTest has no case that finds these kinds of change");
    }

    private static Case diff(String finds, Schema live, Schema desired, Change... changes) {
        return new Case(finds, live, desired, List.of(changes));
    }

    private static Schema schema(Table... tables) {
        Map<String, Table> byKey = new LinkedHashMap<>();
        for (Table table : tables) {
            byKey.put(Namespaces.key(table), table);
        }
        return new Schema(byKey, Map.of());
    }

    private static Map<String, Sequence> sequences(Sequence... sequences) {
        return Stream.of(sequences).collect(Collectors.toMap(Sequence::name, s -> s));
    }

    private static Map<String, EnumType> enumTypes(EnumType... types) {
        return Stream.of(types).collect(Collectors.toMap(EnumType::name, t -> t));
    }

    private static Column id() {
        return withIdentity(PG.notNull("id", PG.bigint()), Column.Identity.BY_DEFAULT);
    }

    /** {@code purchase} without its foreign key to {@code customer}. */
    private static Table purchase() {
        return PG.table("purchase", id(), PG.notNull("customer_id", PG.bigint()),
                PG.notNull("amount", PG.numeric(10, 2)));
    }

    /** {@code ticket}, whose {@code status} column is of the enum type {@code ticket_status}. */
    private static Table ticket() {
        return PG.table("ticket", id(), withDefault(PG.notNull("status", "ticket_status"), "'OPEN'::ticket_status"));
    }

    private static EnumType status(String... values) {
        return new EnumType("ticket_status", List.of(values));
    }

    private static Index uniqueNicknameIndex() {
        return new Index("ix_customer_nickname", true, List.of(new IndexKey("nickname", true, false)), null, null);
    }
}
