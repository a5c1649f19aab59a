package dev.migrate.change;

import dev.migrate.dialect.postgres.PostgresWarningRules;
import dev.migrate.schema.EnumType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The {@code -- WARNING:} lines of enum type changes. */
class EnumTypeWarningsTest {

    private static EnumType status(String... values) {
        return new EnumType("status", List.of(values));
    }

    @Test
    void rebuildingWithoutAValueWarnsThatRowsHoldingItFailTheConversion() {
        RebuildEnumType rebuild = new RebuildEnumType(status("OPEN", "CLOSED"), status("OPEN"),
                List.of(new EnumColumn("ticket", "status", null)));
        assertEquals(List.of("rebuilds enum type status without [CLOSED]: converting [ticket.status] fails if a row"
                + " holds a removed value (update those rows first)"), Warnings.of(rebuild, PostgresWarningRules.RULES, n -> n));
        assertEquals(List.of("rebuilds enum type status to reorder its values, converting every column that uses it"),
                Warnings.of(new RebuildEnumType(status("A", "B"), status("B", "A"), List.of()), PostgresWarningRules.RULES, n -> n));
    }

    @Test
    void addingAValueWarnsAboutTransactionsAndCreatingOrDroppingATypeDoesNot() {
        assertEquals(List.of("ALTER TYPE ... ADD VALUE runs inside the revision's transaction only on PostgreSQL 12"
                        + " and later, and the new value of status cannot be used before that transaction commits:"
                        + " use it in a later revision"),
                Warnings.of(new AddEnumValue(status("A"), status("A", "B"), List.of()), PostgresWarningRules.RULES, n -> n));
        assertEquals(List.of(), Warnings.of(new CreateEnumType(status("A")), PostgresWarningRules.RULES, n -> n));
        assertEquals(List.of(), Warnings.of(new DropEnumType(status("A")), PostgresWarningRules.RULES, n -> n));
    }
}
