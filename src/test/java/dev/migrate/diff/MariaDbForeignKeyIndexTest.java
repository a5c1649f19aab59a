package dev.migrate.diff;

import dev.migrate.change.Change;
import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.Dialects;
import dev.migrate.schema.Schema;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * On a real MariaDB, with a row in each table: the upgrade and the downgrade the diff writes around the index InnoDB
 * keeps for a foreign key run through and reach exactly the schema they aim at, twice in a row (the second time
 * starting from the index the first downgrade created, which MariaDB no longer drops by itself).
 */
class MariaDbForeignKeyIndexTest {

    private static final String[] TABLES = {
            "create table author (id bigint not null, name varchar(255), primary key (id))",
            "create table book (id bigint not null, title varchar(255), author_id bigint, primary key (id))"};
    private static final String FOREIGN_KEY = "alter table book add constraint FKa foreign key (author_id) "
            + "references author (id)";

    @Test
    void downgradingAUniqueKeyThatServesAForeignKeyRestoresTheSchemaBeforeIt() throws SQLException {
        try (TestDatabase db = TestDatabase.create(DatabaseKind.MARIADB);
             TestDatabase target = TestDatabase.create(DatabaseKind.MARIADB)) {
            db.execute(TABLES);
            db.execute(FOREIGN_KEY, "insert into author values (1, 'a')", "insert into book values (1, 't', 1)");
            target.execute(TABLES);
            target.execute("alter table book add constraint uk_book_author_title unique (author_id, title)",
                    FOREIGN_KEY);

            assertUpgradesAndDowngradesTwice(db, read(target));
            assertEquals(List.of(List.of("1", "t", "1")), db.query("select id, title, author_id from book"));
        }
    }

    @Test
    void droppingAForeignKeyLeavesNoIndexBehind() throws SQLException {
        try (TestDatabase db = TestDatabase.create(DatabaseKind.MARIADB);
             TestDatabase target = TestDatabase.create(DatabaseKind.MARIADB)) {
            db.execute(TABLES);
            db.execute(FOREIGN_KEY, "insert into author values (1, 'a')", "insert into book values (1, 't', 1)");
            target.execute(TABLES);

            assertUpgradesAndDowngradesTwice(db, read(target));
        }
    }

    private static void assertUpgradesAndDowngradesTwice(TestDatabase db, Schema desired) throws SQLException {
        Schema before = read(db);
        List<Change> upgrade = SchemaDiff.changes(before, desired, name -> false);
        for (int round = 1; round <= 2; round++) {
            apply(db, upgrade);
            assertEquals(desired, read(db), "upgrade, round " + round);
            assertEquals(List.of(), SchemaDiff.changes(read(db), desired, name -> false), "check, round " + round);
            apply(db, SchemaDiff.reverse(upgrade));
            assertEquals(before, read(db), "downgrade, round " + round);
        }
    }

    private static void apply(TestDatabase db, List<Change> changes) {
        Dialect dialect = Dialects.forUrl(db.url());
        for (Change change : changes) {
            db.execute(dialect.renderer().render(change).toArray(String[]::new));
        }
    }

    private static Schema read(TestDatabase db) throws SQLException {
        try (Connection c = db.connect()) {
            return Dialects.forUrl(db.url()).inspector().schemaReader().read(c, db.schema(), Set.of());
        }
    }
}
