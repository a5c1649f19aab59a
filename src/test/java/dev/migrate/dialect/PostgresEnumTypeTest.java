package dev.migrate.dialect;

import dev.migrate.change.AddEnumValue;
import dev.migrate.change.Change;
import dev.migrate.change.EnumColumn;
import dev.migrate.change.RebuildEnumType;
import dev.migrate.schema.EnumType;
import dev.migrate.schema.Schema;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.TestDatabase;
import dev.migrate.dialect.postgres.PostgresDialect;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The rendered enum type changes run on a real PostgreSQL, inside a transaction as a revision runs them. */
class PostgresEnumTypeTest {

    private static final PostgresDialect DIALECT = new PostgresDialect();
    private static final List<EnumColumn> COLUMNS = List.of(new EnumColumn("ticket", "status", "'OPEN'::status"),
            new EnumColumn("ticket", "previous", null));

    private static EnumType status(String... values) {
        return new EnumType("status", List.of(values));
    }

    private static void inTransaction(Connection c, Change change) throws SQLException {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            for (String sql : DIALECT.renderer().render(change)) {
                s.execute(sql);
            }
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    private static List<String> rows(Connection c) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select id, status, previous from ticket order by id")) {
            while (rs.next()) {
                rows.add(rs.getLong(1) + " " + rs.getString(2) + " " + rs.getString(3));
            }
        }
        return rows;
    }

    @Test
    void aRebuildKeepsRowsAndDefaultsAndItsReverseAddsTheValueBackInPlace() throws Exception {
        try (TestDatabase db = TestDatabase.create(DatabaseKind.POSTGRESQL)) {
            db.execute("create type status as enum ('OPEN', 'IN_PROGRESS', 'CLOSED')",
                    "create table ticket (id bigint primary key, status status default 'OPEN', previous status)",
                    "create index ix_ticket_status on ticket (status)",
                    "insert into ticket values (1, 'OPEN', 'CLOSED'), (2, 'CLOSED', null)");
            RebuildEnumType rebuild = new RebuildEnumType(status("OPEN", "IN_PROGRESS", "CLOSED"),
                    status("OPEN", "CLOSED"), COLUMNS);
            try (Connection c = db.connect()) {
                inTransaction(c, rebuild);
                assertEquals(List.of("1 OPEN CLOSED", "2 CLOSED null"), rows(c));
                Schema schema = DIALECT.inspector().schemaReader().read(c, db.schema(), Set.of());
                assertEquals(status("OPEN", "CLOSED"), schema.enumTypes().get("status"));
                assertEquals(List.of("status"), schema.enumTypes().keySet().stream().toList());
                assertEquals("'OPEN'::status", schema.tables().get("ticket").column("status").orElseThrow()
                        .defaultValue());

                inTransaction(c, rebuild.reverse());
                assertEquals(status("OPEN", "IN_PROGRESS", "CLOSED"),
                        DIALECT.inspector().schemaReader().read(c, db.schema(), Set.of()).enumTypes().get("status"));
                assertEquals(List.of("1 OPEN CLOSED", "2 CLOSED null"), rows(c));
            }
        }
    }

    @Test
    void aRebuildFailsAsAWholeWhileARowHoldsTheRemovedValue() throws Exception {
        try (TestDatabase db = TestDatabase.create(DatabaseKind.POSTGRESQL)) {
            db.execute("create type status as enum ('OPEN', 'CLOSED')",
                    "create table ticket (id bigint primary key, status status default 'OPEN', previous status)",
                    "insert into ticket values (1, 'CLOSED', null)");
            try (Connection c = db.connect()) {
                assertThrows(SQLException.class, () -> inTransaction(c, new RebuildEnumType(status("OPEN", "CLOSED"),
                        status("OPEN"), COLUMNS)));
                assertEquals(status("OPEN", "CLOSED"),
                        DIALECT.inspector().schemaReader().read(c, db.schema(), Set.of()).enumTypes().get("status"));
            }
        }
    }

    @Test
    void addedValuesRunInsideATransaction() throws Exception {
        try (TestDatabase db = TestDatabase.create(DatabaseKind.POSTGRESQL)) {
            db.execute("create type status as enum ('OPEN', 'CLOSED')");
            try (Connection c = db.connect()) {
                inTransaction(c, new AddEnumValue(status("OPEN", "CLOSED"), status("NEW", "OPEN", "HELD", "CLOSED",
                        "GONE"), List.of()));
                assertEquals(status("NEW", "OPEN", "HELD", "CLOSED", "GONE"),
                        DIALECT.inspector().schemaReader().read(c, db.schema(), Set.of()).enumTypes().get("status"));
            }
        }
    }
}
