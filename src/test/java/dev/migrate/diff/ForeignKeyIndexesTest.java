package dev.migrate.diff;

import dev.migrate.change.Change;
import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.mariadb.MariaDbDialect;
import dev.migrate.schema.Column;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.IndexKey;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueKey;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * How the diff treats the index MariaDB keeps for a foreign key, change list in, exact MariaDB SQL out: the index
 * that serves a kept key is replaced before it is dropped, and the key's own index goes with the key.
 */
class ForeignKeyIndexesTest {

    private static final Dialect MARIADB = new MariaDbDialect(false);
    private static final ForeignKey FK = new ForeignKey("FKa", List.of("author_id"), "author", List.of("id"),
            ForeignKey.NO_ACTION, ForeignKey.NO_ACTION);
    private static final Index OWN_INDEX = new Index("FKa", false, List.of(new IndexKey("author_id", true, false)),
            null, null);
    private static final UniqueKey AUTHOR_TITLE = new UniqueKey("uk_book_author_title", List.of("author_id", "title"));

    @Test
    void aUniqueKeyThatServesTheForeignKeyIsAddedBeforeTheKeysOwnIndexGoesAndDroppedAfterItComesBack() {
        Schema live = book(List.of(), List.of(FK), List.of(OWN_INDEX));
        Schema desired = book(List.of(AUTHOR_TITLE), List.of(FK), List.of());

        List<Change> upgrade = SchemaDiff.changes(live, desired, name -> false);

        assertEquals(List.of(
                "ALTER TABLE book ADD CONSTRAINT uk_book_author_title UNIQUE (author_id, title)",
                "DROP INDEX IF EXISTS FKa ON book"), sql(upgrade));
        assertEquals(List.of(
                "CREATE INDEX FKa ON book (author_id)",
                "ALTER TABLE book DROP INDEX uk_book_author_title"), sql(SchemaDiff.reverse(upgrade)));
    }

    @Test
    void theForeignKeysOwnIndexIsCreatedBeforeTheUniqueKeyThatServedTheKeyIsDropped() {
        Schema live = book(List.of(AUTHOR_TITLE), List.of(FK), List.of());
        Schema desired = book(List.of(), List.of(FK), List.of(OWN_INDEX));

        List<Change> upgrade = SchemaDiff.changes(live, desired, name -> false);

        assertEquals(List.of(
                "CREATE INDEX FKa ON book (author_id)",
                "ALTER TABLE book DROP INDEX uk_book_author_title"), sql(upgrade));
        assertEquals(List.of(
                "ALTER TABLE book ADD CONSTRAINT uk_book_author_title UNIQUE (author_id, title)",
                "DROP INDEX IF EXISTS FKa ON book"), sql(SchemaDiff.reverse(upgrade)));
    }

    @Test
    void droppingAForeignKeyDropsTheIndexMariaDbMadeForItAndTheDowngradeBringsBoth() {
        Schema live = book(List.of(), List.of(FK), List.of(OWN_INDEX));
        Schema desired = book(List.of(), List.of(), List.of());

        List<Change> upgrade = SchemaDiff.changes(live, desired, name -> false);

        assertEquals(List.of(
                "ALTER TABLE book DROP FOREIGN KEY FKa",
                "DROP INDEX IF EXISTS FKa ON book"), sql(upgrade));
        assertEquals(List.of(
                "CREATE INDEX FKa ON book (author_id)",
                "ALTER TABLE book ADD CONSTRAINT FKa FOREIGN KEY (author_id) REFERENCES author (id)"),
                sql(SchemaDiff.reverse(upgrade)));
    }

    @Test
    void aDeclaredIndexOnTheForeignKeyColumnsReplacesTheKeysOwnIndexInsteadOfStandingInForIt() {
        Index declared = new Index("ix_book_author", false, List.of(new IndexKey("author_id", true, false)), null,
                null);
        Schema live = book(List.of(), List.of(FK), List.of(OWN_INDEX));
        Schema desired = book(List.of(), List.of(FK), List.of(declared));

        List<Change> upgrade = SchemaDiff.changes(live, desired, name -> false);

        assertEquals(List.of(
                "CREATE INDEX ix_book_author ON book (author_id)",
                "DROP INDEX IF EXISTS FKa ON book"), sql(upgrade));
        assertEquals(List.of(
                "CREATE INDEX FKa ON book (author_id)",
                "DROP INDEX ix_book_author ON book"), sql(SchemaDiff.reverse(upgrade)));
    }

    @Test
    void aNewTableLeavesTheIndexOfItsForeignKeyToTheKey() {
        Schema live = new Schema(Map.of("author", author()), Map.of());
        Schema desired = book(List.of(), List.of(FK), List.of(OWN_INDEX));

        assertEquals(List.of(
                "CREATE TABLE book (\n    id bigint(20) NOT NULL,\n    title varchar(255),\n    author_id bigint(20),"
                        + "\n    PRIMARY KEY (id)\n)",
                "ALTER TABLE book ADD CONSTRAINT FKa FOREIGN KEY (author_id) REFERENCES author (id)"),
                sql(SchemaDiff.changes(live, desired, name -> false)));
    }

    private static List<String> sql(List<Change> changes) {
        List<String> sql = new ArrayList<>();
        changes.forEach(change -> sql.addAll(MARIADB.renderer().render(change)));
        return sql;
    }

    private static Schema book(List<UniqueKey> uniqueKeys, List<ForeignKey> foreignKeys, List<Index> indexes) {
        Map<String, Table> tables = new LinkedHashMap<>();
        tables.put("author", author());
        tables.put("book", new Table("book", List.of(column("id", false), new Column("title", "varchar(255)", true,
                null, Column.Identity.NONE, null, null), column("author_id", true)),
                Optional.of(new PrimaryKey("PRIMARY", List.of("id"))), uniqueKeys, foreignKeys, List.of(), indexes,
                null));
        return new Schema(tables, Map.of());
    }

    private static Table author() {
        return new Table("author", List.of(column("id", false)), Optional.of(new PrimaryKey("PRIMARY",
                List.of("id"))), List.of(), List.of(), List.of(), List.of(), null);
    }

    private static Column column(String name, boolean nullable) {
        return new Column(name, "bigint(20)", nullable, null, Column.Identity.NONE, null, null);
    }
}
