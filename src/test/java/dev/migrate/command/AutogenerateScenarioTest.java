package dev.migrate.command;

import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.Dialects;
import dev.migrate.entity.EntitySettings;
import dev.migrate.schema.Check;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The oracle for autogenerate (DESIGN §7): for each version of an entity model, autogenerate + upgrade must reach
 * exactly the schema Hibernate's own export creates on an empty database, {@code check} must then find nothing,
 * and downgrading must step back through every earlier version's exact schema.
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
     * {@code -Dmigrate.test.scenarios=a,b} runs only the scenarios named.
     */
    static Stream<Arguments> cases() throws IOException {
        String only = System.getProperty("migrate.test.scenarios", "");
        List<String> selected = only.isBlank() ? List.of() : List.of(only.split(","));
        List<Arguments> cases = new ArrayList<>();
        try (Stream<Path> scenarios = Files.list(SCENARIOS)) {
            for (Path scenario : scenarios.sorted().toList()) {
                if (!selected.isEmpty() && !selected.contains(scenario.getFileName().toString())) {
                    continue;
                }
                for (DatabaseKind kind : databases(scenario)) {
                    cases.add(Arguments.of(scenario.getFileName().toString(), kind));
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
        MigrateSettings settings = new MigrateSettings(db.settings(), dir.resolve("versions"), null, null,
                Duration.ofSeconds(30));
        List<Path> versions;
        try (Stream<Path> list = Files.list(SCENARIOS.resolve(scenario))) {
            versions = list.filter(Files::isDirectory).sorted().toList();
        }
        Map<String, Schema> expected = new LinkedHashMap<>();
        Map<String, String> revisions = new LinkedHashMap<>();
        boolean namesSchemas = namesSchemas(versions);
        for (Path version : versions) {
            Path classes = compile(version, db, dir.resolve("classes-" + version.getFileName()));
            EntitySettings compiled = EntityCompiler.settings(classes, "jpa");
            EntityOptions entities = new EntityOptions(new EntitySettings(compiled.classesDirectory(),
                    compiled.classpath(), compiled.bundledHibernate(), compiled.packages(), compiled.namingStrategy(),
                    defaultSchema(db, namesSchemas)), List.of());

            Optional<Path> revision = new RevisionCommand(settings, entities, out).run(new RevisionOptions(
                    scenario + " " + version.getFileName(), true, null, null, null, null));
            assertTrue(revision.isPresent(), () -> "no revision for " + version + "\n" + out.lines());
            String sql = Files.readString(revision.get());
            revisions.put(version.getFileName().toString(), sql);
            new UpgradeCommand(settings, out).run("head", Set.of());

            Schema oracle = oracle(version, kind, namesSchemas);
            assertEquals(normalize(oracle), normalize(read(db)), () -> version + " differs from Hibernate's export"
                    + " after upgrading with:\n" + sql);
            new CheckCommand(settings, entities, out).run();
            expected.put(version.getFileName().toString(), oracle);
        }
        Dialect dialect = Dialects.forUrl(db.url());
        for (String namespace : db.namespaces().values()) {
            String create = (kind == DatabaseKind.MARIADB ? "CREATE DATABASE " : "CREATE SCHEMA ")
                    + dialect.identifier(dialect.fold(namespace)) + ";";
            assertEquals(1, revisions.values().stream().filter(sql -> sql.contains(create)).count(),
                    () -> "not one revision says " + create + ":\n" + String.join("\n", revisions.values()));
        }
        List<String> names = new ArrayList<>(expected.keySet());
        for (int step = names.size() - 1; step > 0; step--) {
            int i = step;
            new DowngradeCommand(settings, out).run("-1", Set.of());
            String previous = names.get(i - 1);
            String undone = revisions.get(names.get(i));
            assertEquals(normalize(expected.get(previous)), normalize(read(db)),
                    () -> "downgrading from " + names.get(i) + " did not restore " + previous + "; it ran:\n" + undone);
        }
        new DowngradeCommand(settings, out).run("base", Set.of());
        assertEquals(Map.of(), read(db).tables());
        assertEquals(Map.of(), read(db).sequences());
        assertEquals(Map.of(), read(db).enumTypes());
        try (Connection c = db.connect()) {
            for (String namespace : db.namespaces().values()) {
                assertFalse(dialect.schemaExists(c, dialect.fold(namespace)),
                        () -> namespace + " is left after downgrading to base");
            }
        }
    }

    private Schema oracle(Path version, DatabaseKind kind, boolean namesSchemas) throws SQLException, IOException {
        try (TestDatabase empty = TestDatabase.create(kind)) {
            Path classes = compile(version, empty, dir.resolve("oracle-" + version.getFileName()));
            empty.namespaces().keySet().forEach(empty::createNamespace);
            HibernateOracle.export(classes, empty, defaultSchema(empty, namesSchemas));
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

    /**
     * The schema as autogenerate reads it: on PostgreSQL with checks in the server's stable spelling; the test
     * database's extra schemas ({@link TestDatabase#namespace}) are read too and named by what they stand for.
     */
    static Schema read(TestDatabase database) throws SQLException {
        Dialect dialect = Dialects.forUrl(database.url());
        Map<String, String> logical = new LinkedHashMap<>();
        database.namespaces().forEach((name, namespace) -> logical.put(dialect.fold(namespace), name));
        try (Connection c = database.connect()) {
            Schema live = dialect.readForComparison(c, database.schema(), Set.of(dialect.fold("migrate_version"),
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
}
