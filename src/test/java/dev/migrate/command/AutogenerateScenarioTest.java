package dev.migrate.command;

import dev.migrate.MigrateException;
import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.Dialects;
import dev.migrate.entity.EntitySettings;
import dev.migrate.schema.Check;
import dev.migrate.schema.Column;
import dev.migrate.schema.Namespaces;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueKey;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.EntityCompiler;
import dev.migrate.testing.HibernateOracle;
import dev.migrate.testing.RecordingOutput;
import dev.migrate.testing.TestDatabase;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The oracle for autogenerate (DESIGN §7): for each version of an entity model, autogenerate + upgrade must reach
 * exactly the schema Hibernate's own export creates on an empty database (tables a revision creates with its column
 * order), {@code check} must then find nothing, and downgrading must step back through every earlier version's exact
 * schema. At the end, upgrading from base reaches the last version's schema again, and a database Hibernate created
 * for the last version, stamped at head, checks clean. A scenario is a directory of versions ({@code v01},
 * {@code v02}, ..., each a full copy of the entity sources) with an optional {@code scenario.properties}.
 */
class AutogenerateScenarioTest {

    private static final Path SCENARIOS = Path.of("src/test/resources/scenarios");

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

    /**
     * Every scenario on every database its optional {@code databases} file lists (all without one);
     * {@code -Dmigrate.test.scenarios=a,b} runs only the scenarios named, {@code a/H2} one scenario on one database.
     */
    static Stream<Arguments> cases() throws IOException {
        String only = System.getProperty("migrate.test.scenarios", "");
        List<String> selected = only.isBlank() ? List.of() : List.of(only.split(","));
        List<Arguments> cases = new ArrayList<>();
        try (Stream<Path> scenarios = Files.list(SCENARIOS)) {
            for (Path scenario : scenarios.filter(Files::isDirectory).sorted().toList()) {
                String name = scenario.getFileName().toString();
                for (DatabaseKind kind : databases(scenario)) {
                    if (selected.isEmpty() || selected.contains(name) || selected.contains(name + "/" + kind)) {
                        cases.add(Arguments.of(name, kind));
                    }
                }
            }
        }
        return cases.stream();
    }

    private static List<DatabaseKind> databases(Path scenario) throws IOException {
        Path file = scenario.resolve("databases");
        if (!Files.exists(file)) {
            return List.of(DatabaseKind.values());
        }
        return Files.readAllLines(file).stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .map(DatabaseKind::valueOf).toList();
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("cases")
    void everyVersionUpgradesToHibernatesSchemaAndDowngradesBack(String scenario, DatabaseKind kind)
            throws Exception {
        db = TestDatabase.create(kind);
        ScenarioSettings scenarioSettings = ScenarioSettings.read(SCENARIOS.resolve(scenario));
        MigrateSettings settings = new MigrateSettings(db.settings(), dir.resolve("versions"), null, null,
                Duration.ofSeconds(30));
        List<Path> versions;
        try (Stream<Path> list = Files.list(SCENARIOS.resolve(scenario))) {
            versions = list.filter(Files::isDirectory).sorted().toList();
        }
        Map<String, Schema> expected = new LinkedHashMap<>();
        Map<String, String> revisions = new LinkedHashMap<>();
        Failures failures = new Failures(scenario + " on " + kind);
        // each table's columns when a revision created it: while they stay the same, so must their order
        Map<String, Set<String>> createdWith = new TreeMap<>();
        Path headClasses = null;
        EntityOptions headEntities = null;
        boolean namesSchemas = namesSchemas(versions);
        for (Path version : versions) {
            Path classes = compile(version, db, dir.resolve("classes-" + version.getFileName()));
            EntityOptions entities = scenarioSettings.entities(classes, defaultSchema(db, namesSchemas));

            Optional<Path> revision = new RevisionCommand(settings, entities, out).run(new RevisionOptions(
                    scenario + " " + version.getFileName(), true, null, null, null, null));
            assertTrue(revision.isPresent(), () -> "no revision for " + version + "\n" + out.lines());
            String sql = Files.readString(revision.get());
            revisions.put(version.getFileName().toString(), sql);
            keep(scenario, kind, revision.get());
            try {
                new UpgradeCommand(settings, out).run("head", Set.of());
            } catch (MigrateException e) {
                failures.check(() -> fail(version + ": the upgrade failed: " + e.getMessage() + "\nThe revision:\n"
                        + sql, e));
                failures.assertNone();
            }

            Schema oracle = oracle(version, kind, namesSchemas, scenarioSettings);
            Schema upgraded = read(db);
            failures.check(() -> assertEquals(normalize(oracle), normalize(upgraded), () -> version
                    + " differs from Hibernate's export after upgrading with:\n" + sql));
            // a table the revision creates gets the application's column order; ADD COLUMN appends, so only
            // tables new in this version are compared
            Set<String> created = new TreeSet<>(oracle.tables().keySet());
            expected.values().stream().reduce((first, second) -> second)
                    .ifPresent(previous -> created.removeAll(previous.tables().keySet()));
            failures.check(() -> assertEquals(columnOrder(oracle, created), columnOrder(upgraded, created),
                    () -> version + ": a table created by the revision has another column order than Hibernate's;"
                            + " it ran:\n" + sql));
            failures.check(() -> new CheckCommand(settings, entities, out).run(), version + ": check after upgrade");
            expected.put(version.getFileName().toString(), oracle);
            createdWith.keySet().retainAll(oracle.tables().keySet());
            created.forEach(table -> createdWith.put(table, columnNames(oracle, table)));
            headClasses = classes;
            headEntities = entities;
        }
        Dialect dialect = Dialects.forUrl(db.url());
        for (String namespace : db.namespaces().values()) {
            String create = (kind == DatabaseKind.MARIADB ? "CREATE DATABASE " : "CREATE SCHEMA ")
                    + dialect.identifier(dialect.fold(namespace)) + ";";
            failures.check(() -> assertEquals(1, revisions.values().stream().filter(sql -> sql.contains(create))
                    .count(), () -> "not one revision says " + create + ":\n" + String.join("\n",
                    revisions.values())));
        }
        List<String> names = new ArrayList<>(expected.keySet());
        for (int step = names.size() - 1; step > 0; step--) {
            int i = step;
            new DowngradeCommand(settings, out).run("-1", Set.of());
            String previous = names.get(i - 1);
            String undone = revisions.get(names.get(i));
            Schema restored = read(db);
            failures.check(() -> assertEquals(normalize(expected.get(previous)), normalize(restored),
                    () -> "downgrading from " + names.get(i) + " did not restore " + previous + "; it ran:\n"
                            + undone));
        }
        new DowngradeCommand(settings, out).run("base", Set.of());
        Schema base = read(db);
        failures.check(() -> assertEquals(Map.of(), base.tables(), "tables left at base"));
        failures.check(() -> assertEquals(Map.of(), base.sequences(), "sequences left at base"));
        failures.check(() -> assertEquals(Map.of(), base.enumTypes(), "enum types left at base"));
        try (Connection c = db.connect()) {
            for (String namespace : db.namespaces().values()) {
                boolean left = dialect.inspector().schemaExists(c, dialect.fold(namespace));
                failures.check(() -> assertFalse(left, () -> namespace + " is left after downgrading to base"));
            }
        }

        Schema head = expected.get(names.get(names.size() - 1));
        new UpgradeCommand(settings, out).run("head", Set.of());
        Schema again = read(db);
        failures.check(() -> assertEquals(normalize(head), normalize(again), "upgrading from base to head again did"
                + " not give Hibernate's schema of " + names.get(names.size() - 1)));

        Set<String> unchanged = new TreeSet<>(createdWith.keySet());
        unchanged.removeIf(table -> !createdWith.get(table).equals(columnNames(head, table)));
        if (!namesSchemas) {
            // the adopted database's stand-ins for the entities' schemas differ from this one's, and the classes
            // name this one's
            stampedOracleDatabaseChecksClean(kind, scenarioSettings, headClasses, headEntities,
                    columnOrder(again, unchanged), failures);
        }
        failures.assertNone();
    }

    /**
     * With {@code -Dmigrate.test.keepRevisions=<dir>}, copies each revision the scenario wrote to
     * {@code <dir>/<scenario>/<database>/} (bench/lint-vs-squawk.sh lints them with squawk).
     */
    private static void keep(String scenario, DatabaseKind kind, Path revision) throws IOException {
        String keep = System.getProperty("migrate.test.keepRevisions", "");
        if (!keep.isBlank()) {
            Path target = Files.createDirectories(Path.of(keep, scenario, kind.name()));
            Files.copy(revision, target.resolve(revision.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Adopting an existing database: one Hibernate created (as an application with {@code create} does), stamped at
     * head, must check clean; the tables the revisions created and never changed must have its column order.
     */
    private void stampedOracleDatabaseChecksClean(DatabaseKind kind, ScenarioSettings scenarioSettings,
                                                  Path headClasses, EntityOptions headEntities,
                                                  Map<String, List<String>> upgradedColumnOrder, Failures failures)
            throws SQLException {
        try (TestDatabase adopted = TestDatabase.create(kind)) {
            HibernateOracle.export(headClasses, adopted, scenarioSettings.oracleProperties());
            Schema exported = read(adopted);
            failures.check(() -> assertEquals(columnOrder(exported, upgradedColumnOrder.keySet()),
                    upgradedColumnOrder, "stamp-adopt: tables created by a revision and not changed since have"
                            + " another column order than in the database Hibernate created"));
            MigrateSettings settings = new MigrateSettings(adopted.settings(), dir.resolve("versions"), null, null,
                    Duration.ofSeconds(30));
            new StampCommand(settings, out).run("head", false);
            failures.check(() -> new CheckCommand(settings, headEntities, out).run(),
                    "stamp-adopt: check on a database Hibernate created, stamped at head");
        }
    }

    private Schema oracle(Path version, DatabaseKind kind, boolean namesSchemas, ScenarioSettings scenarioSettings)
            throws SQLException, IOException {
        try (TestDatabase empty = TestDatabase.create(kind)) {
            Path classes = compile(version, empty, dir.resolve("oracle-" + version.getFileName()));
            empty.namespaces().keySet().forEach(empty::createNamespace);
            Map<String, String> properties = new HashMap<>(scenarioSettings.oracleProperties());
            properties.putAll(defaultSchema(empty, namesSchemas));
            HibernateOracle.export(classes, empty, properties);
            return read(empty);
        }
    }

    private static boolean namesSchemas(List<Path> versions) throws IOException {
        for (Path version : versions) {
            try (Stream<Path> files = Files.list(version)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    if (SCHEMA.matcher(Files.readString(file)).find()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * For entities in several schemas on H2 and MariaDB, the default schema named in Hibernate's script: both look
     * for a foreign key's unqualified referenced table in the referencing table's schema, not the current one.
     */
    private static Map<String, String> defaultSchema(TestDatabase database, boolean namesSchemas) {
        return switch (namesSchemas ? database.kind() : DatabaseKind.POSTGRESQL) {
            case H2 -> Map.of("hibernate.default_schema", database.schema());
            case MARIADB -> Map.of("hibernate.default_catalog", database.schema());
            default -> Map.of();
        };
    }

    private static final Pattern SCHEMA = Pattern.compile("\\bschema\\s*=\\s*\"([^\"]+)\"");

    /**
     * Compiles a version's entities with each {@code schema = "x"} they name replaced by the test database's own
     * stand-in for {@code x} ({@link TestDatabase#namespace}); on MariaDB, where Hibernate ignores the schema of a
     * name, by {@code catalog = "..."}, as a schema is a database there.
     */
    static Path compile(Path version, TestDatabase database, Path classes) throws IOException {
        Path sources = version;
        try (Stream<Path> files = Files.list(version)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file);
                Matcher m = SCHEMA.matcher(text);
                StringBuilder replaced = new StringBuilder();
                while (m.find()) {
                    String name = database.namespace(m.group(1));
                    m.appendReplacement(replaced, Matcher.quoteReplacement(
                            (database.kind() == DatabaseKind.MARIADB ? "catalog" : "schema") + " = \"" + name + "\""));
                }
                m.appendTail(replaced);
                if (sources == version && !replaced.toString().equals(text)) {
                    sources = Files.createDirectories(classes.resolveSibling(classes.getFileName() + "-sources"));
                    try (Stream<Path> all = Files.list(version)) {
                        for (Path other : all.toList()) {
                            Files.copy(other, sources.resolve(other.getFileName().toString()));
                        }
                    }
                }
                if (sources != version) {
                    Files.writeString(sources.resolve(file.getFileName().toString()), replaced.toString());
                }
            }
        }
        return EntityCompiler.compile(sources, classes);
    }

    private static Set<String> columnNames(Schema schema, String table) {
        return schema.tables().get(table).columns().stream().map(Column::name).collect(Collectors.toSet());
    }

    /** The column names of {@code tables}, in catalog order. */
    private static Map<String, List<String>> columnOrder(Schema schema, Set<String> tables) {
        Map<String, List<String>> order = new TreeMap<>();
        for (String name : tables) {
            Table table = schema.tables().get(name);
            order.put(name, table == null ? List.of() : table.columns().stream().map(Column::name).toList());
        }
        return order;
    }

    /**
     * The schema as autogenerate reads it: on PostgreSQL with checks in the server's stable spelling; the test
     * database's extra schemas ({@link TestDatabase#namespace}) are read too and named by what they stand for.
     */
    static Schema read(TestDatabase database) throws SQLException {
        Dialect dialect = Dialects.forUrl(database.url());
        Map<String, String> logical = new LinkedHashMap<>();
        database.namespaces().forEach((name, namespace) -> logical.put(dialect.fold(namespace), name));
        try (Connection c = database.connect()) {
            Schema live = dialect.inspector().readForComparison(c, database.schema(), Set.of(dialect.fold("migrate_version"),
                    dialect.fold("migrate_history"), dialect.fold("migrate_version_lock")), logical.keySet(),
                    List::of).live();
            return Namespaces.rename(live, s -> logical.getOrDefault(s, s));
        }
    }

    /**
     * The schema with order-free parts sorted (column order differs after ADD COLUMN and is not part of what
     * autogenerate promises) and, on H2, the names of primary keys, unique keys and checks blanked: H2 makes them up
     * where Hibernate gives none, and the revisions give them deterministic names instead.
     */
    private Map<String, Object> normalize(Schema schema) {
        return normalize(schema, db.kind() == DatabaseKind.H2);
    }

    static Map<String, Object> normalize(Schema schema, boolean blankConstraintNames) {
        Map<String, Object> result = new TreeMap<>();
        for (Table t : schema.tables().values()) {
            Map<String, Object> table = new TreeMap<>();
            t.columns().forEach(c -> table.put("column " + c.name(), c));
            UnaryOperator<String> name = n -> blankConstraintNames ? "<name>" : n;
            t.primaryKey().ifPresent(pk -> table.put("primary key", new PrimaryKey(name.apply(pk.name()),
                    pk.columns())));
            table.put("unique", sorted(t.uniqueKeys().stream().map(u -> new UniqueKey(name.apply(u.name()),
                    u.columns()))));
            table.put("foreign", sorted(t.foreignKeys().stream()));
            table.put("checks", sorted(t.checks().stream().map(c -> new Check(name.apply(c.name()), c.expression()))));
            table.put("indexes", sorted(t.indexes().stream()));
            table.put("comment", String.valueOf(t.comment()));
            result.put("table " + Namespaces.key(t), table);
        }
        schema.sequences().forEach((name, s) -> result.put("sequence " + name, s));
        schema.enumTypes().forEach((name, e) -> result.put("enum type " + name, e));
        return result;
    }

    private static <T> List<T> sorted(Stream<T> items) {
        return items.sorted(Comparator.comparing(Object::toString)).toList();
    }

    /**
     * A scenario's {@code scenario.properties}: {@code namingStrategy} ({@code jpa}, the default, or {@code spring})
     * and {@code hibernate.*} settings, given both to autogenerate and to the oracle.
     */
    record ScenarioSettings(String namingStrategy, Map<String, String> hibernateProperties) {

        /** What Spring Boot 4 configures for Hibernate 7, which the oracle's application would run with. */
        private static final Map<String, String> SPRING_NAMING = Map.of(
                "hibernate.physical_naming_strategy",
                "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl",
                "hibernate.implicit_naming_strategy", "dev.migrate.entity.bridge.SpringImplicitNamingStrategy");

        static ScenarioSettings read(Path scenario) throws IOException {
            Properties properties = new Properties();
            Path file = scenario.resolve("scenario.properties");
            if (Files.exists(file)) {
                try (Reader reader = Files.newBufferedReader(file)) {
                    properties.load(reader);
                }
            }
            Map<String, String> hibernate = new TreeMap<>();
            for (String key : properties.stringPropertyNames()) {
                if (key.startsWith("hibernate.")) {
                    hibernate.put(key, properties.getProperty(key).strip());
                } else if (!key.equals("namingStrategy")) {
                    throw new IllegalArgumentException(file + ": unknown key " + key);
                }
            }
            String naming = properties.getProperty("namingStrategy", "jpa").strip();
            if (!naming.equals("jpa") && !naming.equals("spring")) {
                throw new IllegalArgumentException(file + ": namingStrategy is jpa or spring, not " + naming);
            }
            return new ScenarioSettings(naming, hibernate);
        }

        EntityOptions entities(Path classes, Map<String, String> extraProperties) {
            EntitySettings compiled = EntityCompiler.settings(classes, namingStrategy);
            Map<String, String> properties = new HashMap<>(hibernateProperties);
            properties.putAll(extraProperties);
            return new EntityOptions(new EntitySettings(compiled.classesDirectory(), compiled.classpath(),
                    compiled.bundledHibernate(), compiled.packages(), compiled.namingStrategy(), properties),
                    List.of());
        }

        Map<String, String> oracleProperties() {
            Map<String, String> properties = new HashMap<>(hibernateProperties);
            if (namingStrategy.equals("spring")) {
                properties.putAll(SPRING_NAMING);
            }
            return properties;
        }
    }

    /**
     * The differences found so far: one version's drift is reported together with the later versions' instead of
     * hiding them (autogenerate compares with the live schema, so the run can go on).
     */
    private static final class Failures {

        private final String scenario;
        private final List<String> messages = new ArrayList<>();

        Failures(String scenario) {
            this.scenario = scenario;
        }

        void check(Runnable assertion) {
            try {
                assertion.run();
            } catch (AssertionError e) {
                messages.add(e.getMessage());
            }
        }

        void check(Runnable command, String what) {
            try {
                command.run();
            } catch (MigrateException e) {
                messages.add(what + ": " + e.getMessage());
            }
        }

        void assertNone() {
            if (!messages.isEmpty()) {
                fail(scenario + ": " + messages.size() + " failures\n\n" + String.join("\n\n", messages));
            }
        }
    }
}
