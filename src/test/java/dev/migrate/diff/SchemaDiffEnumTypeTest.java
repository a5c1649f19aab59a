package dev.migrate.diff;

import dev.migrate.change.AddEnumValue;
import dev.migrate.change.AlterColumn;
import dev.migrate.change.Change;
import dev.migrate.change.CreateEnumType;
import dev.migrate.change.CreateTable;
import dev.migrate.change.DropColumn;
import dev.migrate.change.DropEnumType;
import dev.migrate.change.DropTable;
import dev.migrate.change.EnumColumn;
import dev.migrate.change.RebuildEnumType;
import dev.migrate.schema.Column;
import dev.migrate.schema.EnumType;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Table;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How enum types are compared, and where their changes run relative to the tables that use them. */
class SchemaDiffEnumTypeTest {

    private static final EnumType OPEN_CLOSED = status("OPEN", "CLOSED");

    private static EnumType status(String... values) {
        return new EnumType("status", List.of(values));
    }

    private static Column column(String name, String type) {
        return new Column(name, type, true, null, Column.Identity.NONE, null, null);
    }

    private static Table ticket(Column... columns) {
        return new Table("ticket", List.of(columns), Optional.empty(), List.of(), List.of(), List.of(), List.of(),
                null);
    }

    private static Schema schema(List<Table> tables, EnumType... types) {
        Map<String, Table> byName = new LinkedHashMap<>();
        tables.forEach(t -> byName.put(t.name(), t));
        Map<String, EnumType> enumTypes = new LinkedHashMap<>();
        Arrays.stream(types).forEach(e -> enumTypes.put(e.name(), e));
        return new Schema(byName, Map.of(), enumTypes);
    }

    private static List<Change> diff(Schema live, Schema desired) {
        return SchemaDiff.changes(live, desired, name -> false);
    }

    @Test
    void aNewTypeIsCreatedBeforeTheTableThatUsesItAndDroppedAfterIt() {
        Table ticket = ticket(column("status", "status"));
        Schema without = schema(List.of());
        Schema with = schema(List.of(ticket), OPEN_CLOSED);

        assertEquals(List.of(new CreateEnumType(OPEN_CLOSED), new CreateTable(ticket)), diff(without, with));
        assertEquals(List.of(new DropTable(ticket), new DropEnumType(OPEN_CLOSED)), diff(with, without));
        assertEquals(List.of(new DropTable(ticket), new DropEnumType(OPEN_CLOSED)),
                SchemaDiff.reverse(diff(without, with)));
    }

    @Test
    void valuesAddedInPlaceAreAddedAndTheColumnsUsingTheTypeAreKeptForTheReverse() {
        Table ticket = ticket(column("id", "bigint"), column("status", "status"), column("old", "\"status\""));
        EnumType more = status("OPEN", "IN_PROGRESS", "CLOSED");

        assertEquals(List.of(new AddEnumValue(OPEN_CLOSED, more, List.of(new EnumColumn("ticket", "status", null),
                        new EnumColumn("ticket", "old", null)))),
                diff(schema(List.of(ticket), OPEN_CLOSED), schema(List.of(ticket), more)));
    }

    @Test
    void aRemovedOrReorderedValueRebuildsTheTypeConvertingOnlyTheColumnsTheUpgradeKeeps() {
        Table live = ticket(column("status", "status"), column("previous", "status"));
        Table desired = ticket(column("status", "status"));
        EnumType fewer = status("OPEN");

        assertEquals(List.of(new DropColumn("ticket", column("previous", "status")),
                        new RebuildEnumType(OPEN_CLOSED, fewer, List.of(new EnumColumn("ticket", "status", null)))),
                diff(schema(List.of(live), OPEN_CLOSED), schema(List.of(desired), fewer)));
        assertEquals(List.of(new RebuildEnumType(OPEN_CLOSED, status("CLOSED", "OPEN"),
                        List.of(new EnumColumn("ticket", "status", null)))),
                diff(schema(List.of(desired), OPEN_CLOSED), schema(List.of(desired), status("CLOSED", "OPEN"))));
    }

    @Test
    void aTypeIsDroppedOnlyAfterItsColumnChangedToAnotherType() {
        Table live = ticket(column("status", "status"));
        Table desired = ticket(column("status", "character varying(255)"));

        assertEquals(List.of(new AlterColumn("ticket", live.columns().get(0), desired.columns().get(0)),
                new DropEnumType(OPEN_CLOSED)), diff(schema(List.of(live), OPEN_CLOSED), schema(List.of(desired))));
        assertEquals(List.of(new CreateEnumType(OPEN_CLOSED),
                new AlterColumn("ticket", desired.columns().get(0), live.columns().get(0))),
                diff(schema(List.of(desired)), schema(List.of(live), OPEN_CLOSED)));
    }
}
