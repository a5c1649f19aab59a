package dev.migrate.diff;

import dev.migrate.schema.Check;
import dev.migrate.schema.Column;
import dev.migrate.schema.EnumType;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.IndexKey;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueKey;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Differences between two snapshots of a catalog in words: a key, index, check, sequence or enum type that differs
 * is shown by the attributes that differ, as a column is, never as a record's {@code toString}.
 */
class CatalogDifferencesTest {

    private static final Column ID = new Column("id", "integer", false, null, Column.Identity.NONE, null, null);
    private static final Column EMAIL = new Column("email", "varchar(100)", true, null, Column.Identity.NONE, null,
            null);

    private static Schema users(PrimaryKey primaryKey, UniqueKey unique, ForeignKey foreignKey, Check check,
                                Index index) {
        Table table = new Table("users", List.of(ID, EMAIL), Optional.of(primaryKey), List.of(unique),
                List.of(foreignKey), List.of(check), List.of(index), null);
        return new Schema(Map.of("users", table), Map.of());
    }

    @Test
    void keysChecksAndIndexesThatDifferAreShownByTheAttributesThatDiffer() {
        Schema before = users(new PrimaryKey("users_pkey", List.of("id")), new UniqueKey("users_email_key",
                List.of("email")), new ForeignKey("users_org_fk", List.of("id"), "orgs", List.of("id"), "NO ACTION",
                "NO ACTION"), new Check("users_email_chk", "(email <> '')"), new Index("users_email_idx", false,
                List.of(new IndexKey("email", true, false)), null, "btree"));
        Schema after = users(new PrimaryKey("users_pkey", List.of("id", "email")), new UniqueKey("users_email_key",
                List.of("email", "id")), new ForeignKey("users_org_fk", List.of("id"), "orgs", List.of("id"),
                "CASCADE", "NO ACTION"), new Check("users_email_chk", "(email IS NOT NULL)"), new Index(
                "users_email_idx", true, List.of(new IndexKey("lower(email)", false, true)), "(id > 0)", "btree"));
        assertEquals(List.of(
                "table users: primary key differs after the downgrade: columns (id, email) (before: (id))",
                "table users: unique constraint users_email_key differs after the downgrade: columns (email, id) "
                        + "(before: (email))",
                "table users: foreign key users_org_fk differs after the downgrade: on delete CASCADE "
                        + "(before: NO ACTION)",
                "table users: check constraint users_email_chk differs after the downgrade: condition "
                        + "(email IS NOT NULL) (before: (email <> ''))",
                "table users: index users_email_idx differs after the downgrade: unique yes (before: no); keys "
                        + "(lower(email) DESC) (before: (email)); where (id > 0) (before: none)"),
                CatalogDifferences.between(before, after, "after the downgrade"));
    }

    @Test
    void sequencesAndEnumTypesThatDifferAreShownByTheAttributesThatDiffer() {
        Schema before = new Schema(Map.of(), Map.of("ids", new Sequence("ids", "bigint", 1, 1, 1, 1000, 1,
                false)), Map.of("mood", new EnumType("mood", List.of("sad", "ok"))));
        Schema after = new Schema(Map.of(), Map.of("ids", new Sequence("ids", "bigint", 1, 10, 1, 1000, 1, true)),
                Map.of("mood", new EnumType("mood", List.of("sad", "ok", "happy"))));
        assertEquals(List.of(
                "sequence ids differs after the downgrade: increment 10 (before: 1); cycle yes (before: no)",
                "enum type mood differs after the downgrade: values ('sad', 'ok', 'happy') (before: ('sad', 'ok'))"),
                CatalogDifferences.between(before, after, "after the downgrade"));
    }
}
