package dev.migrate.dialect;

import dev.migrate.change.AddEnumValue;
import dev.migrate.change.Change;
import dev.migrate.change.CreateEnumType;
import dev.migrate.change.DropEnumType;
import dev.migrate.change.EnumColumn;
import dev.migrate.change.RebuildEnumType;
import dev.migrate.schema.EnumType;
import dev.migrate.dialect.postgres.PostgresDialect;
import dev.migrate.dialect.h2.H2Dialect;
import dev.migrate.dialect.mariadb.MariaDbDialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Enum type changes in, PostgreSQL's exact statements out; no database. */
class EnumTypeRenderingTest {

    private static final List<EnumColumn> TICKET_STATUS = List.of(new EnumColumn("ticket", "state", null));

    private static EnumType ticketStatus(String... values) {
        return new EnumType("ticket_status", List.of(values));
    }

    static Stream<Arguments> changes() {
        return Stream.of(
                Arguments.of("create", new CreateEnumType(ticketStatus("OPEN", "CLOSED")),
                        List.of("CREATE TYPE ticket_status AS ENUM ('OPEN', 'CLOSED')")),
                Arguments.of("create, quoted name and value",
                        new CreateEnumType(new EnumType("Status", List.of("it's", "b"))),
                        List.of("CREATE TYPE \"Status\" AS ENUM ('it''s', 'b')")),
                Arguments.of("drop", new DropEnumType(ticketStatus("OPEN", "CLOSED")),
                        List.of("DROP TYPE ticket_status")),
                Arguments.of("add a value at the end",
                        new AddEnumValue(ticketStatus("OPEN", "CLOSED"), ticketStatus("OPEN", "CLOSED", "ARCHIVED"),
                                TICKET_STATUS),
                        List.of("ALTER TYPE ticket_status ADD VALUE 'ARCHIVED'")),
                Arguments.of("add a value in the middle",
                        new AddEnumValue(ticketStatus("OPEN", "CLOSED", "ARCHIVED"),
                                ticketStatus("OPEN", "IN_PROGRESS", "CLOSED", "ARCHIVED"), TICKET_STATUS),
                        List.of("ALTER TYPE ticket_status ADD VALUE 'IN_PROGRESS' AFTER 'OPEN'")),
                Arguments.of("add values first, in between and last",
                        new AddEnumValue(ticketStatus("OPEN", "CLOSED"),
                                ticketStatus("NEW", "DRAFT", "OPEN", "HELD", "CLOSED", "GONE"), TICKET_STATUS),
                        List.of("ALTER TYPE ticket_status ADD VALUE 'NEW' BEFORE 'OPEN'",
                                "ALTER TYPE ticket_status ADD VALUE 'DRAFT' AFTER 'NEW'",
                                "ALTER TYPE ticket_status ADD VALUE 'HELD' AFTER 'OPEN'",
                                "ALTER TYPE ticket_status ADD VALUE 'GONE'")),
                Arguments.of("remove a value: rebuild, converting each column",
                        new RebuildEnumType(ticketStatus("OPEN", "IN_PROGRESS", "CLOSED"),
                                ticketStatus("OPEN", "CLOSED"),
                                List.of(new EnumColumn("ticket", "state", null),
                                        new EnumColumn("ticket", "previous_state", "'OPEN'::ticket_status"))),
                        List.of("ALTER TYPE ticket_status RENAME TO ticket_status_old",
                                "CREATE TYPE ticket_status AS ENUM ('OPEN', 'CLOSED')",
                                "ALTER TABLE ticket ALTER COLUMN state TYPE ticket_status"
                                        + " USING state::text::ticket_status",
                                "ALTER TABLE ticket ALTER COLUMN previous_state DROP DEFAULT",
                                "ALTER TABLE ticket ALTER COLUMN previous_state TYPE ticket_status"
                                        + " USING previous_state::text::ticket_status",
                                "ALTER TABLE ticket ALTER COLUMN previous_state SET DEFAULT 'OPEN'::ticket_status",
                                "DROP TYPE ticket_status_old")),
                Arguments.of("reorder, no column uses it",
                        new RebuildEnumType(ticketStatus("A", "B"), ticketStatus("B", "A"), List.of()),
                        List.of("ALTER TYPE ticket_status RENAME TO ticket_status_old",
                                "CREATE TYPE ticket_status AS ENUM ('B', 'A')",
                                "DROP TYPE ticket_status_old")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void postgresRendersEnumTypeChangesExactly(String name, Change change, List<String> sql) {
        assertEquals(sql, new PostgresDialect().renderer().render(change));
    }

    @Test
    void theReverseOfAddingValuesRebuildsTheTypeWithoutThemAndItsReverseAddsThemAgain() {
        AddEnumValue add = new AddEnumValue(ticketStatus("OPEN", "CLOSED"),
                ticketStatus("OPEN", "IN_PROGRESS", "CLOSED"), TICKET_STATUS);
        assertEquals(List.of("ALTER TYPE ticket_status RENAME TO ticket_status_old",
                "CREATE TYPE ticket_status AS ENUM ('OPEN', 'CLOSED')",
                "ALTER TABLE ticket ALTER COLUMN state TYPE ticket_status USING state::text::ticket_status",
                "DROP TYPE ticket_status_old"), new PostgresDialect().renderer().render(add.reverse()));
        assertEquals(add, add.reverse().reverse());
        assertEquals(new DropEnumType(ticketStatus("A")), new CreateEnumType(ticketStatus("A")).reverse());
    }

    @Test
    void databasesWithoutNamedEnumTypesRefuseToRenderThem() {
        assertThrows(UnsupportedOperationException.class,
                () -> new H2Dialect("jdbc:h2:mem:x").renderer().render(new CreateEnumType(ticketStatus("A"))));
        assertThrows(UnsupportedOperationException.class,
                () -> new MariaDbDialect(false).renderer().render(new DropEnumType(ticketStatus("A"))));
    }
}
