package dev.migrate.command;

import dev.migrate.MigrateException;
import dev.migrate.Output;
import dev.migrate.database.DatabaseSettings;
import dev.migrate.runner.FleetFailedException;
import dev.migrate.runner.FleetOptions;
import dev.migrate.runner.FleetRunner;
import dev.migrate.runner.Shard;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.EntityCompiler;
import dev.migrate.testing.JsonText;
import dev.migrate.testing.RecordingOutput;
import dev.migrate.testing.RevisionFiles;
import dev.migrate.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import static dev.migrate.testing.ErrorCatalogDoc.assertDocumented;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A goal on a fleet of schemas (MariaDB: databases): each tenant from its own revision, failures named, shards. */
class FleetTest {

    private static final int TENANTS = 6;

    @TempDir
    Path dir;
    private TestDatabase db;
    private final RecordingOutput out = new RecordingOutput();

    @AfterEach
    void drop() {
        if (db != null) {
            db.close();
        }
    }

    private MigrateSettings settings() {
        return new MigrateSettings(db.settings(), dir.resolve("versions"), null, null, Duration.ofSeconds(20));
    }

    private List<String> createTenants() {
        RevisionFiles files = new RevisionFiles(dir.resolve("versions"));
        files.write("aaaa00000001", "", "Create users", "CREATE TABLE users (id INT PRIMARY KEY);",
                "DROP TABLE users;");
        files.write("bbbb00000002", "aaaa00000001", "Create accounts", "CREATE TABLE accounts (id INT PRIMARY KEY);",
                "DROP TABLE accounts;");
        files.write("cccc00000003", "bbbb00000002", "Create orders", "CREATE TABLE orders (id INT PRIMARY KEY);",
                "DROP TABLE orders;");
        List<String> tenants = new ArrayList<>();
        for (int i = 1; i <= TENANTS; i++) {
            String name = db.createNamespace(String.format("t%02d", i));
            tenants.add(db.kind() == DatabaseKind.H2 ? name.toUpperCase(Locale.ROOT) : name);
        }
        return tenants;
    }

    private FleetOptions fleet(int parallel, boolean failFast, Shard shard) {
        return new FleetOptions(List.of(db.namespace("t") + "*"), null, null, parallel, failFast, shard);
    }

    private List<FleetRunner.TenantRun> upgrade(FleetOptions fleet) {
        return new FleetCommand(settings(), fleet, (id, url) -> null, out).run(FleetGoal.upgrade("head", Set.of()));
    }

    private List<String> versionOf(String tenant) {
        return db.column("select version_num from " + tenant + ".migrate_version");
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void everyTenantUpgradesFromItsOwnRevisionAndAFailingOneIsNamedAndDoneOnTheRerun(DatabaseKind kind) {
        db = TestDatabase.create(kind);
        List<String> tenants = createTenants();
        // mixed revisions: t02 at aaaa, t04 at bbbb, the rest at base
        new FleetCommand(settings(), new FleetOptions(List.of(tenants.get(1)), null, null, 1, false, null),
                (id, url) -> null, out).run(FleetGoal.upgrade("aaaa00000001", Set.of()));
        new FleetCommand(settings(), new FleetOptions(List.of(tenants.get(3)), null, null, 1, false, null),
                (id, url) -> null, out).run(FleetGoal.upgrade("bbbb00000002", Set.of()));
        String failing = tenants.get(3);
        db.execute("create table " + failing + ".orders (id int)"); // its cccc00000003 fails
        out.clear();

        FleetFailedException e = assertThrows(FleetFailedException.class, () -> upgrade(fleet(3, false, null)));

        assertEquals("1 of 6 tenants failed: " + failing + ". Their lines above say why; fix that and run the goal "
                + "again: the tenants that are done have nothing left to do.", e.getMessage());
        assertEquals(List.of(failing), e.failed());
        for (String tenant : tenants) {
            assertEquals(List.of(tenant.equals(failing) ? "bbbb00000002" : "cccc00000003"), versionOf(tenant));
        }
        List<String> lines = out.lines();
        assertTrue(lines.contains("Fleet: migrate:upgrade on 6 tenants, " + (kind == DatabaseKind.H2
                ? "1 at a time (two connections each, as the migration lock needs its own: 3 in all)" : "3 at a time")
                + "; 3 revision files read once"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("WARN [") && l.contains(" tenants] " + failing
                + " FAILED")), lines.toString());
        assertTrue(lines.contains("Fleet summary: 6 tenants, 5 ok, 1 failed, in " + lines.stream()
                .filter(l -> l.startsWith("Fleet summary")).findFirst().orElseThrow().replaceFirst(".* in ", "")));
        String header = lines.get(lines.indexOf(lines.stream().filter(l -> l.startsWith("Fleet summary"))
                .findFirst().orElseThrow()) + 1);
        assertTrue(header.matches("tenant +from +to +revisions +time +result"), header);
        assertTrue(lines.stream().anyMatch(l -> l.matches(tenants.get(1) + " +aaaa00000001 +cccc00000003 +2 +\\d+ "
                + "ms +ok")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.matches(tenants.get(0) + " +base +cccc00000003 +3 +.* +ok")),
                lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.matches(failing + " +- +- +0 +.* +FAILED")), lines.toString());
        // every line a tenant wrote carries its name
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("WARN " + failing + ": ") && l.endsWith(
                ": the upgrade of revision cccc00000003 failed at statement 1 of 1: " + alreadyExists(kind))),
                lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.matches("WARN \\[\\d/6 tenants] " + failing
                + " FAILED \\([0-9.]+ m?s\\)")), lines.toString());

        db.execute("drop table " + failing + ".orders");
        out.clear();
        List<FleetRunner.TenantRun> rerun = upgrade(fleet(2, false, null));

        assertEquals(6, rerun.size());
        for (FleetRunner.TenantRun run : rerun) {
            assertEquals(run.tenant().name().equals(failing) ? 1 : 0, run.outcome().revisions(),
                    run.tenant().name());
            assertEquals(List.of("cccc00000003"), versionOf(run.tenant().name()));
        }
    }

    private static String alreadyExists(DatabaseKind kind) {
        return switch (kind) {
            case POSTGRESQL -> "ERROR: relation \"orders\" already exists";
            case H2 -> "Table \"ORDERS\" already exists";
            case MARIADB -> "Table 'orders' already exists";
        };
    }

    @Test
    void theFailedTenantsAreNamedAsTheCatalogShowsThem() {
        db = TestDatabase.create(DatabaseKind.POSTGRESQL);
        String prefix = db.namespace("x").replaceFirst("x$", "");
        for (String tenant : List.of("tenant_01", "tenant_07", "tenant_12")) {
            db.createNamespace(tenant);
        }
        RevisionFiles files = new RevisionFiles(dir.resolve("versions"));
        files.write("1a2b3c4d5e6f", "", "Create users", "CREATE TABLE users (id INT PRIMARY KEY);",
                "DROP TABLE users;");
        files.write("3f2a9c1b7d4e", "1a2b3c4d5e6f", "Create accounts", "CREATE TABLE accounts (id INT PRIMARY KEY);",
                "DROP TABLE accounts;");
        new FleetCommand(settings(), new FleetOptions(List.of(prefix + "tenant_07"), null, null, 1, false, null),
                (id, url) -> null, out).run(FleetGoal.upgrade("1a2b3c4d5e6f", Set.of()));
        db.execute("create table " + prefix + "tenant_07.accounts (id int)"); // its 3f2a9c1b7d4e fails
        FleetOptions fleet = new FleetOptions(List.of(prefix + "tenant_*"), null, null, 2, false, null);

        FleetFailedException e = assertThrows(FleetFailedException.class, () -> upgrade(fleet));

        assertDocumented("fleet-tenants-failed", e.getMessage().replace(prefix, ""));
        assertEquals(List.of("3f2a9c1b7d4e"), versionOf(prefix + "tenant_12"));
        assertEquals(List.of("1a2b3c4d5e6f"), versionOf(prefix + "tenant_07"));
    }

    @Test
    void aTargetsFileRunsTheGoalOnEachDatabaseItLists() throws Exception {
        db = TestDatabase.create(DatabaseKind.H2);
        createTenants();
        String a = "jdbc:h2:mem:" + db.namespace("a") + ";DB_CLOSE_DELAY=-1";
        String b = "jdbc:h2:mem:" + db.namespace("b") + ";DB_CLOSE_DELAY=-1";
        Path targets = Files.writeString(dir.resolve("fleet.txt"), "# two databases\n" + a + "\n\n" + b + "\n");
        MigrateSettings noUrl = new MigrateSettings(new DatabaseSettings(null, "sa", ""), dir.resolve("versions"),
                null, null, Duration.ofSeconds(20));

        List<FleetRunner.TenantRun> runs = new FleetCommand(noUrl, new FleetOptions(List.of(), null, targets, 2,
                false, null), (id, url) -> null, out).run(FleetGoal.upgrade("head", Set.of()));

        assertEquals(List.of(a, b), runs.stream().map(run -> run.tenant().name()).toList());
        for (String url : List.of(a, b)) {
            try (Connection c = DriverManager.getConnection(url, "sa", "");
                 Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("select version_num from migrate_version")) {
                assertTrue(rs.next());
                assertEquals("cccc00000003", rs.getString(1));
            }
        }
    }

    @Test
    void aQueryOnTheDatabaseNamesTheTenants() {
        db = TestDatabase.create(DatabaseKind.POSTGRESQL);
        List<String> tenants = createTenants();
        String query = "select schema_name from information_schema.schemata where schema_name in ('"
                + tenants.get(4) + "', '" + tenants.get(1) + "') order by 1 desc";

        List<FleetRunner.TenantRun> runs = new FleetCommand(settings(), new FleetOptions(List.of(), query, null, 2,
                false, null), (id, url) -> null, out).run(FleetGoal.upgrade("head", Set.of()));

        assertEquals(List.of(tenants.get(4), tenants.get(1)), runs.stream().map(run -> run.tenant().name()).toList());
        assertEquals(List.of("cccc00000003"), versionOf(tenants.get(1)));
        assertEquals(List.of("2"), db.column("select count(*) from information_schema.tables where table_name = "
                + "'migrate_version' and table_schema like '" + db.namespace("t") + "%'"));
    }

    @Test
    void aPatternThatMatchesNoSchemaIsAnEmptyFleet() {
        db = TestDatabase.create(DatabaseKind.POSTGRESQL);
        createTenants();
        FleetOptions fleet = new FleetOptions(List.of("tenant_*"), null, null, 2, false, null);

        MigrateException e = assertThrows(MigrateException.class, () -> upgrade(fleet));

        assertDocumented("fleet-empty", e.getMessage().replace(db.url(), "jdbc:postgresql://db:5432/app"));
        assertEquals(MigrateException.Kind.SETUP, e.kind());
    }

    @Test
    void migrateSchemaWithAFleetOfSchemasIsRefused() {
        db = TestDatabase.create(DatabaseKind.H2);
        MigrateSettings withSchema = new MigrateSettings(db.settings(), dir.resolve("versions"), "app", null,
                Duration.ofSeconds(20));

        MigrateException e = assertThrows(MigrateException.class, () -> new FleetCommand(withSchema,
                new FleetOptions(List.of("tenant_*"), null, null, 2, false, null), (id, url) -> null, out)
                .run(FleetGoal.upgrade("head", Set.of())));

        assertDocumented("fleet-schema-and-schemas", e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void twoShardsRunAtOnceCoverTheFleetOnce(DatabaseKind kind) {
        db = TestDatabase.create(kind);
        List<String> tenants = createTenants();
        db.namespace("t"); // given out before the two threads read it

        CompletableFuture<List<FleetRunner.TenantRun>> first = CompletableFuture.supplyAsync(
                () -> upgrade(fleet(2, false, new Shard(0, 2))));
        List<FleetRunner.TenantRun> second = upgrade(fleet(2, false, new Shard(1, 2)));

        List<String> ran = new ArrayList<>();
        first.join().forEach(run -> ran.add(run.tenant().name()));
        second.forEach(run -> ran.add(run.tenant().name()));
        assertEquals(tenants, ran.stream().sorted().toList());
        for (String tenant : tenants) {
            assertEquals(List.of("3"), db.column("select count(*) from " + tenant + ".migrate_history"));
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aTenantAtAnUnknownRevisionIsReportedNotGuessed(DatabaseKind kind) {
        db = TestDatabase.create(kind);
        List<String> tenants = createTenants();
        upgrade(fleet(2, false, null));
        db.execute("update " + tenants.get(2) + ".migrate_version set version_num = 'ffff00000009'");
        out.clear();

        FleetFailedException e = assertThrows(FleetFailedException.class, () -> upgrade(fleet(2, false, null)));

        assertEquals(List.of(tenants.get(2)), e.failed());
        assertTrue(out.lines().stream().anyMatch(l -> l.startsWith("WARN " + tenants.get(2) + ": ")
                && l.contains("ffff00000009")), out.lines().toString());
        assertEquals(List.of("ffff00000009"), versionOf(tenants.get(2)));
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void withJsonAFleetHandsOverOneDocumentHoldingEachTenantsOwnJson(DatabaseKind kind) {
        db = TestDatabase.create(kind);
        List<String> tenants = createTenants();
        upgrade(fleet(2, false, null));
        new FleetCommand(settings(), new FleetOptions(List.of(tenants.get(1)), null, null, 1, false, null),
                (id, url) -> null, out).run(FleetGoal.downgrade("aaaa00000001", Set.of()));
        Results results = new Results(out);
        out.clear();

        new FleetCommand(settings(), fleet(2, false, null), (id, url) -> null, results)
                .run(FleetGoal.current(false, ResultFormat.JSON), ResultFormat.JSON);

        assertEquals(1, results.texts().size(), results.texts()::toString);
        assertTrue(results.texts().get(0).endsWith("}\n"), results.texts().get(0));
        Map<?, ?> document = (Map<?, ?>) JsonText.parse(results.texts().get(0));
        assertEquals(List.of("goal", "tenants", "failed"), List.copyOf(document.keySet()));
        assertEquals("current", document.get("goal"));
        assertEquals(List.of(), document.get("failed"));
        List<?> rows = (List<?>) document.get("tenants");
        assertEquals(TENANTS, rows.size());
        for (int i = 0; i < TENANTS; i++) {
            Map<?, ?> row = (Map<?, ?>) rows.get(i);
            String at = i == 1 ? "aaaa00000001" : "cccc00000003";
            assertEquals(List.of("tenant", "from", "to", "revisions", "millis", "result", "error", "output"),
                    List.copyOf(row.keySet()));
            assertEquals(tenants.get(i), row.get("tenant"));
            assertEquals(at, row.get("from"));
            assertEquals(at, row.get("to"));
            assertEquals(0L, row.get("revisions"));
            assertTrue((Long) row.get("millis") >= 0, row::toString);
            assertEquals("ok", row.get("result"));
            assertNull(row.get("error"));
            assertEquals(JsonText.parse(currentJson(tenants.get(i))), row.get("output"), tenants.get(i));
        }
        // the tenants' own results are in the document only
        assertTrue(out.lines().stream().noneMatch(l -> l.contains("{")), out.lines()::toString);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void withJsonAFailingFleetStillHandsOverItsDocumentNamingTheFailedTenant(DatabaseKind kind) {
        db = TestDatabase.create(kind);
        List<String> tenants = createTenants();
        String failing = tenants.get(3);
        new FleetCommand(settings(), new FleetOptions(List.of(failing), null, null, 1, false, null),
                (id, url) -> null, out).run(FleetGoal.upgrade("aaaa00000001", Set.of()));
        db.execute("create table " + failing + ".orders (id int)"); // its cccc00000003 fails
        Results results = new Results(out);

        FleetFailedException e = assertThrows(FleetFailedException.class, () -> new FleetCommand(settings(),
                fleet(3, false, null), (id, url) -> null, results).run(FleetGoal.upgrade("head", Set.of()),
                ResultFormat.JSON));

        assertEquals(List.of(failing), e.failed());
        assertEquals(1, results.texts().size(), results.texts()::toString);
        Map<?, ?> document = (Map<?, ?>) JsonText.parse(results.texts().get(0));
        assertEquals("upgrade", document.get("goal"));
        assertEquals(List.of(failing), document.get("failed"));
        List<?> rows = (List<?>) document.get("tenants");
        for (int i = 0; i < TENANTS; i++) {
            Map<?, ?> row = (Map<?, ?>) rows.get(i);
            assertEquals(tenants.get(i), row.get("tenant"));
            assertNull(row.get("output"), "upgrade has no JSON of its own");
            if (i == 3) {
                assertNull(row.get("from"));
                assertNull(row.get("to"));
                assertEquals(0L, row.get("revisions"));
                assertEquals("failed", row.get("result"));
                String error = (String) row.get("error");
                assertTrue(error.contains(": the upgrade of revision cccc00000003 failed at statement 1 of 1: "
                        + alreadyExists(kind)), error);
            } else {
                assertEquals("base", row.get("from"));
                assertEquals("cccc00000003", row.get("to"));
                assertEquals(3L, row.get("revisions"));
                assertEquals("ok", row.get("result"));
                assertNull(row.get("error"));
            }
        }
    }

    @Test
    void theTenantsTextResultsAreHandedOverOnceInTheFleetsOrderSoThatAnOutputFileHoldsThemAll() {
        db = TestDatabase.create(DatabaseKind.POSTGRESQL);
        List<String> tenants = createTenants();
        upgrade(fleet(3, false, null));
        new FleetCommand(settings(), new FleetOptions(List.of(tenants.get(4)), null, null, 1, false, null),
                (id, url) -> null, out).run(FleetGoal.downgrade("base", Set.of()));
        Results results = new Results(out);

        new FleetCommand(settings(), fleet(3, false, null), (id, url) -> null, results)
                .run(FleetGoal.current(false, ResultFormat.TEXT), ResultFormat.TEXT);

        StringBuilder expected = new StringBuilder();
        for (String tenant : tenants) {
            if (!tenant.equals(tenants.get(4))) { // at base: current prints nothing
                expected.append(tenant).append(": cccc00000003 (head)\n");
            }
        }
        assertEquals(List.of(expected.toString()), results.texts());
    }

    /** The JSON {@code migrate:current} hands over for {@code tenant} alone. */
    private String currentJson(String tenant) {
        Results alone = new Results(new RecordingOutput());
        new CurrentCommand(new MigrateSettings(db.settings(), dir.resolve("versions"), tenant, null,
                Duration.ofSeconds(20)), alone).run(false, ResultFormat.JSON);
        return alone.texts().get(0);
    }

    @Test
    void checkOnAFleetFailsNamingTheDriftedTenantAndPassesTheOthers() throws Exception {
        db = TestDatabase.create(DatabaseKind.POSTGRESQL);
        List<String> tenants = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            tenants.add(db.createNamespace(String.format("t%02d", i)));
        }
        Path sources = Files.createDirectories(dir.resolve("src/app"));
        Files.writeString(sources.resolve("Customer.java"), "package app;\n\n@jakarta.persistence.Entity\n"
                + "@jakarta.persistence.Table(name = \"customer\")\npublic class Customer {\n"
                + "    @jakarta.persistence.Id\n    private Long id;\n    private String name;\n}\n");
        EntityOptions entities = new EntityOptions(EntityCompiler.settings(EntityCompiler.compile(dir.resolve("src"),
                dir.resolve("classes")), "jpa"), List.of());
        new RevisionCommand(new MigrateSettings(db.settings(), dir.resolve("versions"), tenants.get(0), null,
                Duration.ofSeconds(20)), entities, out).run(new RevisionOptions("customers", true, null, null, null,
                null));
        upgrade(fleet(2, false, null));
        String drifted = tenants.get(1);
        db.execute("alter table " + drifted + ".customer add column extra int"); // added by hand
        out.clear();

        FleetFailedException e = assertThrows(FleetFailedException.class, () -> new FleetCommand(settings(),
                fleet(2, false, null), (id, url) -> null, out).run(FleetGoal.check(entities)));

        assertEquals(List.of(drifted), e.failed());
        assertEquals(MigrateException.Kind.PROJECT, e.kind());
        assertEquals("1 of 3 tenants failed: " + drifted + ". Their lines above say why; fix that and run the goal "
                + "again: the tenants that are done have nothing left to do.", e.getMessage());
        List<String> lines = out.lines();
        assertTrue(lines.contains("WARN " + drifted + ": The database and the entities differ (1 change):"),
                lines::toString);
        assertTrue(lines.contains("WARN " + drifted + ":   - removed column customer.extra"), lines::toString);
        for (String tenant : tenants) {
            if (!tenant.equals(drifted)) {
                assertTrue(lines.contains(tenant + ": No changes detected: the database matches the entities."),
                        lines::toString);
                assertTrue(lines.stream().anyMatch(l -> l.matches(tenant + " +- +- +0 +.* +ok")), lines::toString);
            }
        }
        assertTrue(lines.stream().anyMatch(l -> l.matches(drifted + " +- +- +0 +.* +FAILED")), lines::toString);
    }

    /** Keeps the results a command hands over; its lines go to {@code lines}. */
    private static final class Results implements Output {
        private final Output lines;
        private final List<String> texts = java.util.Collections.synchronizedList(new ArrayList<>());

        Results(Output lines) {
            this.lines = lines;
        }

        @Override
        public void info(String line) {
            lines.info(line);
        }

        @Override
        public void warn(String line) {
            lines.warn(line);
        }

        @Override
        public void debug(String line) {
        }

        @Override
        public void result(String what, String text) {
            texts.add(text);
        }

        List<String> texts() {
            return List.copyOf(texts);
        }
    }
}
