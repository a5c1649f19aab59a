package dev.migrate.command;

import dev.migrate.MigrateException;
import dev.migrate.revision.DisplayPaths;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.RecordingOutput;
import dev.migrate.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * {@code migrate:lint} connected: only the revisions above the database's current one are linted, and each finding
 * carries the live table's size, which sets its severity.
 */
class LintDatabaseTest {

    private static final String CREATE = "20261101_090000_1a2b3c4d5e6f_create_accounts.sql";
    private static final String CHANGE = "20261102_090000_3f2a9c1b7d4e_change_accounts.sql";

    @TempDir
    Path project;
    private final RecordingOutput out = new RecordingOutput();

    private MigrateSettings setUp(TestDatabase db, String change) throws IOException {
        Path versions = project.resolve("migrations/versions");
        Files.createDirectories(versions);
        Files.writeString(versions.resolve(CREATE), ErrorCatalogTest.revision("1a2b3c4d5e6f", "", "Create accounts",
                "CREATE TABLE accounts (id INT PRIMARY KEY, email VARCHAR(100));", "DROP TABLE accounts;"));
        MigrateSettings settings = new MigrateSettings(db.settings(), versions, null, null, Duration.ofSeconds(5));
        new UpgradeCommand(settings, out).run("head", Set.of());
        Files.writeString(versions.resolve(CHANGE), ErrorCatalogTest.revision("3f2a9c1b7d4e", "1a2b3c4d5e6f",
                "Change accounts", change, "SELECT 1;"));
        out.clear();
        return settings;
    }

    private List<String> findings() {
        return out.lines().stream().filter(l -> l.contains("migrations/versions/")).toList();
    }

    @Test
    void postgresSizesFindingsByReltuplesAndRelpages() throws IOException {
        try (TestDatabase db = TestDatabase.create(DatabaseKind.POSTGRESQL)) {
            MigrateSettings settings = setUp(db, "SET LOCAL lock_timeout = '5s';\n"
                    + "CREATE INDEX accounts_email ON accounts (email);");
            db.execute("INSERT INTO accounts SELECT g, 'user' || g || '@example.com' FROM generate_series(1, 1000) g",
                    "ANALYZE accounts");
            new LintCommand(settings, out).run(null, null, null);
            assertEquals(List.of(versionsPath(CHANGE) + ":9: info [index-without-concurrently] CREATE INDEX on "
                    + "`accounts` (≈1 k rows, 56 kB) takes a SHARE lock: writes to the table wait until the index is "
                    + "built (reads go on)."), findings());
            assertEquals("Linted 1 revision for PostgreSQL " + db.query("show server_version_num").get(0).get(0)
                    .substring(0, 2) + " (table sizes from the database): 0 errors, 0 warnings, 1 note.",
                    out.lines().get(out.lines().size() - 1));

            db.execute("INSERT INTO accounts SELECT g, 'user' || g || '@example.com' "
                    + "FROM generate_series(1001, 150000) g", "ANALYZE accounts");
            out.clear();
            MigrateException e = assertThrows(MigrateException.class,
                    () -> new LintCommand(settings, out).run(null, null, null));
            assertEquals(List.of("WARN " + versionsPath(CHANGE) + ":9: error [index-without-concurrently] CREATE "
                    + "INDEX on `accounts` (≈150 k rows, 8.6 MB) takes a SHARE lock: writes to the table wait until "
                    + "the index is built (reads go on)."), findings());
            assertEquals("migrate:lint found 1 error (listed above). Use the safe form each one shows, or, where the "
                    + "statement is safe for a reason the lint cannot see, add '-- migrate:lint ignore=<rule> -- "
                    + "<reason>' after it; lintRules sets a rule's level.", e.getMessage());
        }
    }

    @Test
    void mariaDbSizesFindingsByInformationSchemaTables() throws IOException {
        try (TestDatabase db = TestDatabase.create(DatabaseKind.MARIADB)) {
            MigrateSettings settings = setUp(db, "ALTER TABLE accounts MODIFY COLUMN id BIGINT;");
            db.execute("INSERT INTO accounts WITH RECURSIVE g(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM g "
                    + "WHERE n < 1000) SELECT n, CONCAT('user', n, '@example.com') FROM g", "ANALYZE TABLE accounts");
            new LintCommand(settings, out).run(null, null, null);
            String version = db.query("select version()").get(0).get(0).replaceFirst("-.*", "");
            assertEquals(List.of(versionsPath(CHANGE) + ":8: info [table-copy] MODIFY COLUMN `id` (unless it only "
                    + "renames it, changes its default or widens a VARCHAR within the same length byte) runs "
                    + "ALGORITHM=COPY on MariaDB " + version + ": it copies `accounts` (≈1 k rows, 80 kB) row by row while writes "
                    + "wait (LOCK=SHARED) for the whole copy."), findings());
        }
    }

    @Test
    void h2SizesFindingsByItsRowCountEstimate() throws IOException {
        try (TestDatabase db = TestDatabase.create(DatabaseKind.H2)) {
            MigrateSettings settings = setUp(db, "DROP TABLE accounts;");
            db.execute("INSERT INTO accounts SELECT x, 'user' || x || '@example.com' FROM SYSTEM_RANGE(1, 1000)");
            new LintCommand(settings, out).run(null, null, null);
            assertEquals(List.of("WARN " + versionsPath(CHANGE) + ":8: warning [drop-table] DROP TABLE `accounts` "
                    + "(≈1 k rows) destroys its rows, and the application version still running fails on every "
                    + "query that uses it."), findings());
        }
    }

    @Test
    void offlineLintsEveryRevisionOrTheRange() throws IOException {
        try (TestDatabase db = TestDatabase.create(DatabaseKind.H2)) {
            MigrateSettings settings = setUp(db, "DROP TABLE accounts;");
            MigrateSettings offline = new MigrateSettings(null, settings.directory(), null, null,
                    Duration.ofSeconds(5));
            new LintCommand(offline, out).run(null, null, "h2");
            assertEquals(List.of(), findings(), "offline, the table the first revision creates is new");
            assertEquals("Linted 2 revisions for H2 2.3 (offline): 0 errors, 0 warnings, 0 notes.",
                    out.lines().get(out.lines().size() - 1));
            out.clear();
            new LintCommand(offline, out).run("3f2a9c1b7d4e:head", null, "h2");
            assertEquals(List.of("WARN " + versionsPath(CHANGE) + ":8: warning [drop-table] DROP TABLE `accounts` "
                    + "destroys its rows, and the application version still running fails on every query that uses "
                    + "it."), findings());
            assertEquals("Linted 1 revision for H2 2.3 (offline): 0 errors, 1 warning, 0 notes.",
                    out.lines().get(out.lines().size() - 1));
        }
    }

    private String versionsPath(String file) {
        return DisplayPaths.of(project.resolve("migrations/versions").resolve(file));
    }
}
