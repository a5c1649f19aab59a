package dev.migrate.command;

import dev.migrate.MigrateException;
import dev.migrate.database.DatabaseSettings;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.RecordingOutput;
import dev.migrate.testing.RevisionFiles;
import dev.migrate.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Passwords given in the URL ({@code password=}, {@code user:password@}) or in the settings never appear in what the
 * plugin prints, in its error messages or their causes, in offline SQL, or in the history table.
 */
class SecretsTest {

    private static final String URL_SECRET = "s3cr3t-url-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String SETTING_SECRET = "s3cr3t-setting-" + UUID.randomUUID().toString().substring(0, 8);

    @TempDir
    Path dir;
    private TestDatabase db;
    private final RecordingOutput out = new RecordingOutput();
    private final List<String> seen = new ArrayList<>();

    @AfterEach
    void drop() {
        if (db != null) {
            db.close();
        }
    }

    private MigrateSettings settings(String url, String user) {
        return new MigrateSettings(new DatabaseSettings(url, user, SETTING_SECRET), dir.resolve("versions"), null,
                null, Duration.ofSeconds(5));
    }

    private void fails(Runnable command) {
        MigrateException e = assertThrows(MigrateException.class, command::run);
        for (Throwable t = e; t != null; t = t.getCause()) {
            seen.add(String.valueOf(t.getMessage()));
            seen.add(t.toString());
        }
    }

    private void assertNoSecret() {
        seen.addAll(out.lines());
        assertFalse(seen.isEmpty());
        for (String text : seen) {
            assertFalse(text.contains(URL_SECRET) || text.contains(SETTING_SECRET), () -> "a password leaked: " + text);
        }
    }

    @Test
    void succeedingAndFailingGoalsOnPostgresNeverShowThePassword() throws Exception {
        db = TestDatabase.create(DatabaseKind.POSTGRESQL);
        String url = db.url() + "&password=" + URL_SECRET;
        MigrateSettings settings = settings(url, "postgres");
        RevisionFiles files = new RevisionFiles(dir.resolve("versions"));
        files.write("aaaa00000001", "", "Create users", "CREATE TABLE users (id INT PRIMARY KEY);",
                "DROP TABLE users;");
        Path accounts = files.write("bbbb00000002", "aaaa00000001", "Create accounts",
                "CREATE TABLE accounts (id INT PRIMARY KEY);", "DROP TABLE accounts;");

        new UpgradeCommand(settings, out).run("head", Set.of());
        new CurrentCommand(settings, out).run(true);
        new HistoryCommand(settings, out).run(null, true);
        seen.add(new UpgradeCommand(settings, out).offline("base:head", null));
        seen.add(new DowngradeCommand(settings, out).offline("head:base", null));
        seen.add(new StampCommand(settings, out).offline("head", false, null));
        new DowngradeCommand(settings, out).run("-1", Set.of());
        new StampCommand(settings, out).run("head", false);
        new StampCommand(settings, out).run("aaaa00000001", false);
        Files.writeString(accounts, Files.readString(accounts).replace("CREATE TABLE accounts (id INT PRIMARY KEY);",
                "CREATE TABLE accounts (id INT PRIMARY KEY);\nINSERT INTO missing VALUES ('" + URL_SECRET + "');"));
        fails(() -> new UpgradeCommand(settings, out).run("head", Set.of()));
        fails(() -> new UpgradeCommand(settings, out).run("ffff", Set.of()));
        db.query("select * from migrate_history").forEach(row -> seen.add(row.toString()));
        db.query("select * from migrate_version").forEach(row -> seen.add(row.toString()));
        assertEquals(5, db.column("select revision from migrate_history").size());
        assertTrue(settings.database().toString().contains("password=***"));
        seen.add(settings.database().toString());

        seen.removeIf(text -> text.contains("INSERT INTO missing")); // the revision's own SQL, echoed by the driver
        assertNoSecret();
    }

    @Test
    void connectionFailuresNeverShowThePassword() throws Exception {
        db = TestDatabase.create(DatabaseKind.H2);
        new RevisionFiles(dir.resolve("versions")).write("aaaa00000001", "", "Create users",
                "CREATE TABLE users (id INT);", "DROP TABLE users;");
        String h2 = "jdbc:h2:mem:pw" + UUID.randomUUID().toString().substring(0, 8) + ";DB_CLOSE_DELAY=-1";
        try (Connection keepOpen = DriverManager.getConnection(h2, "app", "the-right-one")) {
            fails(() -> new UpgradeCommand(settings(h2, "app"), out).run("head", Set.of()));
            fails(() -> new UpgradeCommand(settings(h2 + ";PASSWORD=" + URL_SECRET, "app"), out).run("head", Set.of()));
        }
        for (String url : List.of(
                "jdbc:postgresql://127.0.0.1:1/app?user=app&password=" + URL_SECRET,
                "jdbc:postgresql://app:" + URL_SECRET + "@127.0.0.1:5432x/app",
                "jdbc:postgresql://127.0.0.1:5432x/app?password=" + URL_SECRET,
                "jdbc:mysql://127.0.0.1:3306/app?password=" + URL_SECRET,
                "jdbc:oracle:thin:app/" + URL_SECRET + "@//db:1521/app?password=" + URL_SECRET,
                "jdbc:mariadb://127.0.0.1:3306/test?user=nobody_here&password=" + URL_SECRET)) {
            fails(() -> new UpgradeCommand(settings(url, null), out).run("head", Set.of()));
            fails(() -> new CurrentCommand(settings(url, null), out).run(false));
        }
        assertNoSecret();
    }
}
