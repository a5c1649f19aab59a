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
import dev.migrate.schema.Check;
import dev.migrate.schema.Column;
import dev.migrate.schema.EnumType;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.IndexKey;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueKey;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static dev.migrate.spec.Spelling.withComment;
import static dev.migrate.spec.Spelling.withDefault;
import static dev.migrate.spec.Spelling.withIdentity;

/**
 * The changes the specification tables talk about, each built in every database's spelling ({@link Spelling}) from
 * one description: a shop's {@code customer} and {@code purchase} tables, a {@code document_seq} sequence, an
 * {@code audit} schema and PostgreSQL's {@code ticket_status} enum type.
 */
final class Examples {

    /** One change, by what it does. */
    record Example(String label, Function<Spelling, Change> build) {

        Change on(Spelling spelling) {
            return build.apply(spelling);
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private Examples() {
    }

    // tables

    static final Example CREATE_TABLE = new Example("creates a table with its keys, check, index and comments",
            s -> new CreateTable(customer(s)));
    static final Example CREATE_TABLE_IN_SCHEMA = new Example("creates a table in another schema",
            s -> new CreateTable(s.table("audit_event", s.notNull("id", s.bigint()))
                    .withPrimaryKey(Optional.of(new PrimaryKey(s.primaryKeyName("audit_event"), List.of(s.name("id")))))
                    .withSchema(s.name("audit"))));
    static final Example DROP_TABLE = new Example("drops a table",
            s -> new DropTable(s.table("legacy_order", s.notNull("id", s.bigint()))));

    // columns

    static final Example ADD_COLUMN = new Example("adds a nullable column with a comment",
            s -> new AddColumn(s.name("customer"), nickname(s, 40)));
    static final Example ADD_NOT_NULL_COLUMN = new Example("adds a NOT NULL column without a default",
            s -> new AddColumn(s.name("customer"), s.notNull("loyalty_points", s.integer())));
    static final Example ADD_NOT_NULL_COLUMN_WITH_DEFAULT = new Example("adds a NOT NULL column with a default",
            s -> new AddColumn(s.name("customer"), withDefault(s.notNull("loyalty_points", s.integer()), "0")));
    static final Example DROP_COLUMN = new Example("drops a column",
            s -> new DropColumn(s.name("customer"), s.column("fax", s.varchar(20))));
    static final Example WIDEN_COLUMN = new Example("widens a character column",
            s -> new AlterColumn(s.name("customer"), s.column("email", s.varchar(100)),
                    s.column("email", s.varchar(255))));
    static final Example NARROW_COLUMN = new Example("narrows a character column",
            s -> new AlterColumn(s.name("customer"), s.column("email", s.varchar(255)),
                    s.column("email", s.varchar(100))));
    static final Example TEXT_TO_VARCHAR = new Example("changes unbounded text to a bounded character type",
            s -> new AlterColumn(s.name("customer"), s.column("note", s.text()), s.column("note", s.varchar(500))));
    static final Example INTEGER_TO_BIGINT = new Example("changes an integer column to bigint",
            s -> new AlterColumn(s.name("customer"), s.column("rating", s.integer()),
                    s.column("rating", s.bigint())));
    static final Example ROUND_COLUMN = new Example("reduces the scale of a numeric column",
            s -> new AlterColumn(s.name("purchase"), s.column("amount", s.numeric(10, 2)),
                    s.column("amount", s.numeric(10, 1))));
    static final Example MAKE_NOT_NULL = new Example("makes a column NOT NULL",
            s -> new AlterColumn(s.name("customer"), s.column("email", s.varchar(255)),
                    s.notNull("email", s.varchar(255))));
    static final Example MAKE_NULLABLE = new Example("makes a column nullable",
            s -> new AlterColumn(s.name("customer"), s.notNull("email", s.varchar(255)),
                    s.column("email", s.varchar(255))));
    static final Example SET_DEFAULT = new Example("sets a column's default",
            s -> new AlterColumn(s.name("customer"), s.notNull("rating", s.integer()),
                    withDefault(s.notNull("rating", s.integer()), "0")));
    static final Example DROP_DEFAULT = new Example("drops a column's default",
            s -> new AlterColumn(s.name("customer"), withDefault(s.notNull("rating", s.integer()), "0"),
                    s.notNull("rating", s.integer())));
    static final Example ADD_IDENTITY = new Example("makes a column an identity column",
            s -> new AlterColumn(s.name("customer"), s.notNull("id", s.bigint()),
                    withIdentity(s.notNull("id", s.bigint()), Column.Identity.BY_DEFAULT)));
    static final Example COMMENT_COLUMN = new Example("comments a column",
            s -> new AlterColumn(s.name("customer"), s.column("nickname", s.varchar(40)), nickname(s, 40)));

    // constraints

    static final Example ADD_PRIMARY_KEY = new Example("adds a primary key",
            s -> new AddPrimaryKey(s.name("customer"), customerKey(s)));
    static final Example DROP_PRIMARY_KEY = new Example("drops a primary key",
            s -> new DropPrimaryKey(s.name("customer"), customerKey(s)));
    static final Example ADD_UNIQUE_KEY = new Example("adds a unique constraint",
            s -> new AddUniqueKey(s.name("customer"), emailKey(s)));
    static final Example DROP_UNIQUE_KEY = new Example("drops a unique constraint",
            s -> new DropUniqueKey(s.name("customer"), emailKey(s)));
    static final Example ADD_FOREIGN_KEY = new Example("adds a foreign key that cascades deletes",
            s -> new AddForeignKey(s.name("purchase"), purchaseCustomer(s)));
    static final Example ADD_FOREIGN_KEY_ACROSS_SCHEMAS = new Example("adds a foreign key to another schema",
            s -> new AddForeignKey(s.name("audit") + "." + s.name("audit_event"),
                    new ForeignKey(s.name("fk_audit_event_customer"), List.of(s.name("customer_id")),
                            s.name("customer"), List.of(s.name("id")), ForeignKey.NO_ACTION, ForeignKey.NO_ACTION,
                            s.name("app"))));
    static final Example DROP_FOREIGN_KEY = new Example("drops a foreign key",
            s -> new DropForeignKey(s.name("purchase"), purchaseCustomer(s)));
    static final Example ADD_CHECK = new Example("adds a check constraint",
            s -> new AddCheck(s.name("customer"), ratingCheck(s)));
    static final Example DROP_CHECK = new Example("drops a check constraint",
            s -> new DropCheck(s.name("customer"), ratingCheck(s)));

    // indexes

    static final Example CREATE_INDEX = new Example("creates an index",
            s -> new CreateIndex(s.name("customer"), nicknameIndex(s)));
    static final Example CREATE_UNIQUE_INDEX = new Example("creates a unique index with a descending key",
            s -> new CreateIndex(s.name("purchase"), new Index(s.name("ux_purchase_customer_placed"), true,
                    List.of(new IndexKey(s.name("customer_id"), true, false),
                            new IndexKey(s.name("placed_at"), true, true)), null, null)));
    static final Example CREATE_PARTIAL_EXPRESSION_INDEX = new Example(
            "creates a partial index on an expression with an access method",
            s -> new CreateIndex(s.name("customer"), new Index(s.name("ix_customer_lower_email"), false,
                    List.of(new IndexKey("lower((email)::text)", false, false)), "(rating > 0)", "hash")));
    static final Example DROP_INDEX = new Example("drops an index",
            s -> new DropIndex(s.name("customer"), nicknameIndex(s)));
    static final Example DROP_INDEX_IN_SCHEMA = new Example("drops an index in another schema",
            s -> new DropIndex(s.name("audit") + "." + s.name("audit_event"), new Index(s.name("ix_audit_event_at"),
                    false, List.of(new IndexKey(s.name("at"), true, false)), null, null)));
    static final Example DROP_INDEX_OF_FOREIGN_KEY = new Example("drops the index MariaDB keeps for a foreign key",
            s -> new DropIndex(s.name("purchase"), new Index(s.name("fk_purchase_customer"), false,
                    List.of(new IndexKey(s.name("customer_id"), true, false)), null, null), true));

    // sequences

    static final Example CREATE_SEQUENCE = new Example("creates a sequence with the database's defaults",
            s -> new CreateSequence(s.sequence("document_seq", 1, 50)));
    static final Example CREATE_SEQUENCE_WITH_OPTIONS = new Example("creates a bounded, cycling sequence",
            s -> {
                Sequence d = s.sequence("ticket_seq", 100, 1);
                return new CreateSequence(new Sequence(d.name(), d.dataType(), 100, 1, 100, 999, 20, true));
            });
    static final Example DROP_SEQUENCE = new Example("drops a sequence",
            s -> new DropSequence(s.sequence("document_seq", 1, 50)));
    static final Example ALTER_SEQUENCE = new Example("changes a sequence's increment",
            s -> new AlterSequence(s.sequence("document_seq", 1, 50), s.sequence("document_seq", 1, 100)));

    // comments

    static final Example SET_TABLE_COMMENT = new Example("sets a table comment",
            s -> new SetTableComment(s.name("customer"), null, "People who buy"));
    static final Example REMOVE_TABLE_COMMENT = new Example("removes a table comment",
            s -> new SetTableComment(s.name("customer"), "People who buy", null));

    // enum types (PostgreSQL's named enum types; H2 and MariaDB spell enums as column types)

    static final Example CREATE_ENUM_TYPE = new Example("creates an enum type",
            s -> new CreateEnumType(ticketStatus(s, "OPEN", "CLOSED")));
    static final Example DROP_ENUM_TYPE = new Example("drops an enum type",
            s -> new DropEnumType(ticketStatus(s, "OPEN", "CLOSED")));
    static final Example ADD_ENUM_VALUES = new Example("adds enum values in the middle and at the end",
            s -> new AddEnumValue(ticketStatus(s, "OPEN", "CLOSED"),
                    ticketStatus(s, "OPEN", "IN_PROGRESS", "CLOSED", "ARCHIVED"), ticketColumns(s)));
    static final Example REMOVE_ENUM_VALUE = new Example("removes an enum value",
            s -> new RebuildEnumType(ticketStatus(s, "OPEN", "IN_PROGRESS", "CLOSED"),
                    ticketStatus(s, "OPEN", "CLOSED"), ticketColumns(s)));
    static final Example REORDER_ENUM_VALUES = new Example("reorders enum values",
            s -> new RebuildEnumType(ticketStatus(s, "OPEN", "CLOSED"), ticketStatus(s, "CLOSED", "OPEN"),
                    List.of()));

    // schemas

    static final Example CREATE_SCHEMA = new Example("creates a schema",
            s -> new CreateSchema(s.name("audit")));
    static final Example DROP_SCHEMA = new Example("drops a schema",
            s -> new DropSchema(s.name("audit")));

    /** Every example above, in order. */
    static List<Example> all() {
        return List.of(CREATE_TABLE, CREATE_TABLE_IN_SCHEMA, DROP_TABLE, ADD_COLUMN, ADD_NOT_NULL_COLUMN,
                ADD_NOT_NULL_COLUMN_WITH_DEFAULT, DROP_COLUMN, WIDEN_COLUMN, NARROW_COLUMN, TEXT_TO_VARCHAR,
                INTEGER_TO_BIGINT, ROUND_COLUMN, MAKE_NOT_NULL, MAKE_NULLABLE, SET_DEFAULT, DROP_DEFAULT,
                ADD_IDENTITY, COMMENT_COLUMN, ADD_PRIMARY_KEY, DROP_PRIMARY_KEY, ADD_UNIQUE_KEY, DROP_UNIQUE_KEY,
                ADD_FOREIGN_KEY, ADD_FOREIGN_KEY_ACROSS_SCHEMAS, DROP_FOREIGN_KEY, ADD_CHECK, DROP_CHECK,
                CREATE_INDEX, CREATE_UNIQUE_INDEX, CREATE_PARTIAL_EXPRESSION_INDEX, DROP_INDEX, DROP_INDEX_IN_SCHEMA,
                DROP_INDEX_OF_FOREIGN_KEY, CREATE_SEQUENCE, CREATE_SEQUENCE_WITH_OPTIONS, DROP_SEQUENCE,
                ALTER_SEQUENCE, SET_TABLE_COMMENT, REMOVE_TABLE_COMMENT, CREATE_ENUM_TYPE, DROP_ENUM_TYPE,
                ADD_ENUM_VALUES, REMOVE_ENUM_VALUE, REORDER_ENUM_VALUES, CREATE_SCHEMA, DROP_SCHEMA);
    }

    /** {@code customer}: an identity key, a unique e-mail, a commented nickname, a checked rating, an index. */
    static Table customer(Spelling s) {
        return s.table("customer",
                        withIdentity(s.notNull("id", s.bigint()), Column.Identity.BY_DEFAULT),
                        s.notNull("email", s.varchar(255)),
                        nickname(s, 40),
                        withDefault(s.notNull("rating", s.integer()), "0"))
                .withPrimaryKey(Optional.of(customerKey(s)))
                .withUniqueKeys(List.of(emailKey(s)))
                .withChecks(List.of(ratingCheck(s)))
                .withIndexes(List.of(nicknameIndex(s)))
                .withComment("People who buy");
    }

    static Column nickname(Spelling s, int length) {
        return withComment(s.column("nickname", s.varchar(length)), "what friends call them");
    }

    static PrimaryKey customerKey(Spelling s) {
        return new PrimaryKey(s.primaryKeyName("customer"), List.of(s.name("id")));
    }

    static UniqueKey emailKey(Spelling s) {
        return new UniqueKey(s.name("customer_email_key"), List.of(s.name("email")));
    }

    static Check ratingCheck(Spelling s) {
        return new Check(s.name("customer_rating_check"), s.name("rating") + " >= 0");
    }

    static Index nicknameIndex(Spelling s) {
        return new Index(s.name("ix_customer_nickname"), false, List.of(new IndexKey(s.name("nickname"), true,
                false)), null, null);
    }

    static ForeignKey purchaseCustomer(Spelling s) {
        return new ForeignKey(s.name("fk_purchase_customer"), List.of(s.name("customer_id")), s.name("customer"),
                List.of(s.name("id")), "CASCADE", ForeignKey.NO_ACTION);
    }

    static EnumType ticketStatus(Spelling s, String... values) {
        return new EnumType(s.name("ticket_status"), List.of(values));
    }

    static List<EnumColumn> ticketColumns(Spelling s) {
        return List.of(new EnumColumn(s.name("ticket"), s.name("status"), "'OPEN'::ticket_status"));
    }
}
