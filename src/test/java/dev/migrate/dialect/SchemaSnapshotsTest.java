package dev.migrate.dialect;

import dev.migrate.schema.Schema;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link SchemaSnapshots} is as strong as reading the whole schema: over a history of changes of every kind the
 * reader shows (tables, columns and their order, defaults, NOT NULL, keys, checks, indexes incl. partial and
 * expression ones, sequences, enum types, comments, and renames of what other tables show the names of), the
 * snapshot after each step equals a whole read made right after it.
 */
class SchemaSnapshotsTest {

    private TestDatabase db;

    @AfterEach
    void drop() {
        if (db != null) {
            db.close();
        }
    }

    /** One step of the history: what it does, and its statements. */
    private record Step(String name, String... sql) {
    }

    @Test
    void everySnapshotOfAPostgresHistoryEqualsAWholeRead() throws SQLException {
        db = TestDatabase.create(DatabaseKind.POSTGRESQL);
        String other = db.createNamespace("other");
        String own = db.schema();
        SchemaSnapshots snapshots = replay(List.of(
                new Step("a table with a serial key, NOT NULL, a default", "CREATE TABLE users (id serial PRIMARY KEY, "
                        + "email varchar(100) NOT NULL, status varchar(20) DEFAULT 'new', note text)"),
                new Step("an enum type and a column of it with a default", "CREATE TYPE mood AS ENUM ('happy', 'sad')",
                        "ALTER TABLE users ADD COLUMN mood mood DEFAULT 'happy'"),
                new Step("identity, foreign key, check, unique, an array of the enum", "CREATE TABLE accounts (id "
                        + "bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, user_id int REFERENCES users (id) ON "
                        + "DELETE CASCADE, balance numeric(10,2) CHECK (balance >= 0), kinds mood[], "
                        + "CONSTRAINT accounts_user_key UNIQUE (user_id))"),
                new Step("a partial and an expression index", "CREATE INDEX accounts_positive ON accounts (balance "
                        + "DESC) WHERE balance > 0", "CREATE UNIQUE INDEX users_email_lower ON users (lower(email))"),
                new Step("comments", "COMMENT ON TABLE users IS 'people'", "COMMENT ON COLUMN users.email IS 'login'"),
                new Step("NOT NULL added, default dropped", "ALTER TABLE users ALTER COLUMN status SET NOT NULL",
                        "ALTER TABLE users ALTER COLUMN status DROP DEFAULT"),
                new Step("data only", "INSERT INTO users (email, status) VALUES ('a@b.c', 'x')"),
                new Step("a referenced table renamed", "ALTER TABLE users RENAME TO people"),
                new Step("a referenced column renamed", "ALTER TABLE people RENAME COLUMN id TO person_id"),
                new Step("a sequence and a default of it", "CREATE SEQUENCE order_numbers START 100 INCREMENT 2",
                        "CREATE TABLE orders (id int PRIMARY KEY DEFAULT nextval('order_numbers'), account_id "
                                + "bigint REFERENCES accounts (id))"),
                new Step("the sequence renamed", "ALTER SEQUENCE order_numbers RENAME TO order_seq"),
                new Step("the enum type renamed", "ALTER TYPE mood RENAME TO feeling"),
                new Step("an enum value added", "ALTER TYPE feeling ADD VALUE 'calm'"),
                new Step("the sequence altered", "ALTER SEQUENCE order_seq INCREMENT BY 5 MAXVALUE 100000"),
                new Step("the sequence owned by a column", "ALTER SEQUENCE order_seq OWNED BY orders.id"),
                new Step("the sequence owned by nothing", "ALTER SEQUENCE order_seq OWNED BY NONE"),
                new Step("a unique constraint replaced", "ALTER TABLE accounts DROP CONSTRAINT accounts_user_key",
                        "ALTER TABLE accounts ADD CONSTRAINT accounts_user_balance_key UNIQUE (user_id, balance)"),
                new Step("an index dropped", "DROP INDEX accounts_positive"),
                new Step("a comment removed", "COMMENT ON COLUMN people.email IS NULL"),
                new Step("a column added, another dropped", "ALTER TABLE people ADD COLUMN nickname varchar(30)",
                        "ALTER TABLE people DROP COLUMN note"),
                new Step("a unique index that a foreign key of another table uses", "CREATE UNIQUE INDEX people_email "
                        + "ON people (email)", "CREATE TABLE logins (email varchar(100) REFERENCES people (email))"),
                new Step("that foreign key dropped", "ALTER TABLE logins DROP CONSTRAINT logins_email_fkey"),
                new Step("that foreign key added again", "ALTER TABLE logins ADD CONSTRAINT logins_email_fkey "
                        + "FOREIGN KEY (email) REFERENCES people (email)"),
                new Step("a column under a check changes type", "ALTER TABLE accounts ALTER COLUMN balance TYPE "
                        + "numeric(12,2)"),
                new Step("a generated column, then its source column renamed", "ALTER TABLE people ADD COLUMN "
                        + "email_lower text GENERATED ALWAYS AS (lower(email)) STORED",
                        "ALTER TABLE people RENAME COLUMN email TO mail"),
                new Step("a function in a check, then renamed", "CREATE FUNCTION positive(numeric) RETURNS boolean "
                        + "LANGUAGE sql IMMUTABLE AS 'select $1 > 0'", "ALTER TABLE accounts ADD CONSTRAINT "
                        + "accounts_positive CHECK (positive(balance))"),
                new Step("the function renamed", "ALTER FUNCTION positive(numeric) RENAME TO is_positive"),
                new Step("a table moved to another schema", "ALTER TABLE logins SET SCHEMA " + other),
                new Step("and back", "ALTER TABLE " + other + ".logins SET SCHEMA " + own),
                new Step("a foreign key to a table in another schema", "CREATE TABLE " + other + ".regions (code "
                        + "char(2) PRIMARY KEY)", "ALTER TABLE people ADD COLUMN region char(2) REFERENCES " + other
                        + ".regions (code)"),
                new Step("that table renamed", "ALTER TABLE " + other + ".regions RENAME TO areas"),
                new Step("a partitioned table", "CREATE TABLE events (id int, at date) PARTITION BY RANGE (at)",
                        "CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO "
                                + "('2027-01-01')"),
                new Step("a table renamed onto the name of a dropped one", "DROP TABLE orders",
                        "ALTER TABLE events_2026 RENAME TO orders"),
                new Step("a column renamed onto a dropped column's name", "ALTER TABLE people DROP COLUMN nickname",
                        "ALTER TABLE people RENAME COLUMN mail TO nickname"),
                new Step("another search path", "SET search_path TO " + own + ", " + other),
                new Step("the search path back", "SET search_path TO " + own),
                new Step("tables dropped", "DROP TABLE logins", "DROP TABLE accounts CASCADE"),
                new Step("the enum type dropped with its column", "DROP TYPE feeling CASCADE")));
        assertTrue(snapshots.partReads() >= 15, snapshots.summary());
        assertTrue(snapshots.unchangedReads() >= 1, snapshots.summary());
    }

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = {"H2", "MARIADB"})
    void whereTheDatabaseTellsNoChangesEveryReadIsWhole(DatabaseKind kind) throws SQLException {
        db = TestDatabase.create(kind);
        String comment = kind == DatabaseKind.MARIADB ? "ALTER TABLE users COMMENT = 'people'"
                : "COMMENT ON TABLE users IS 'people'";
        SchemaSnapshots snapshots = replay(List.of(
                new Step("a table", "CREATE TABLE users (id int PRIMARY KEY, email varchar(100) NOT NULL)"),
                new Step("an index and a comment", "CREATE INDEX users_email ON users (email)", comment),
                new Step("a foreign key", "CREATE TABLE accounts (id int PRIMARY KEY, user_id int, CONSTRAINT "
                        + "accounts_user FOREIGN KEY (user_id) REFERENCES users (id))"),
                new Step("a table dropped", "DROP TABLE accounts")));
        assertEquals(0, snapshots.partReads(), snapshots.summary());
    }

    /** Runs the steps on one connection, comparing the snapshot after each with a whole read. */
    private SchemaSnapshots replay(List<Step> steps) throws SQLException {
        Connection connection = db.connect();
        SchemaReader reader = Dialects.forUrl(db.url()).inspector().schemaReader();
        String schema = db.kind() == DatabaseKind.H2 ? "PUBLIC" : db.schema();
        SchemaSnapshots snapshots = new SchemaSnapshots(reader, schema, Set.of());
        assertEquals(reader.read(connection, schema, Set.of()), snapshots.read(connection), "empty");
        for (Step step : steps) {
            try (Statement statement = connection.createStatement()) {
                for (String sql : step.sql()) {
                    statement.execute(sql);
                }
            }
            Schema snapshot = snapshots.read(connection);
            assertEquals(reader.read(connection, schema, Set.of()), snapshot, step.name());
        }
        return snapshots;
    }
}
