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
    /** A password as a URL carries it, percent-encoded, and as the driver reads it. */
    private static final String RANDOM = UUID.randomUUID().toString().substring(0, 8);
    private static final String ENCODED_SECRET = "s3cr%40t%2Bu%3Arl-" + RANDOM;
    private static final String DECODED_SECRET = "s3cr@t+u:rl-" + RANDOM;

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
            assertFalse(text.contains(URL_SECRET) || text.contains(SETTING_SECRET) || text.contains(ENCODED_SECRET)
                    || text.contains(DECODED_SECRET) || text.contains(RANDOM), () -> "a password leaked: " + text);
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

    /** Runs upgrade with {@code url}, checks that nothing of the chain holds a password, returns the message. */
    private String refused(String url, String user) {
        MigrateException e = assertThrows(MigrateException.class,
                () -> new UpgradeCommand(settings(url, user), out).run("head", Set.of()));
        for (Throwable t = e; t != null; t = t.getCause()) {
            seen.add(String.valueOf(t.getMessage()));
            seen.add(t.toString());
        }
        assertNoSecret();
        return e.getMessage();
    }

    @Test
    void credentialsBeforeTheHostAreRefusedShowingTheUserButNeitherFormOfThePassword() throws Exception {
        new RevisionFiles(dir.resolve("versions")).write("aaaa00000001", "", "Create users",
                "CREATE TABLE users (id INT);", "DROP TABLE users;");
        assertEquals("The URL jdbc:postgresql://app:***@db.invalid/app puts credentials before the host "
                + "(user:password@host), which the PostgreSQL JDBC driver does not read: it would take them for the "
                + "host name or the port. Write the URL as jdbc:postgresql://host:5432/database and give the "
                + "credentials as migrate.serverId (settings.xml) or migrate.username and migrate.password.",
                refused("jdbc:postgresql://app:" + ENCODED_SECRET + "@db.invalid/app", null));
        assertEquals("The URL jdbc:mariadb://root:***@127.0.0.1:33x06/app puts credentials before the host "
                + "(user:password@host), which the MariaDB JDBC driver does not read: it would take them for the "
                + "host name or the port. Write the URL as jdbc:mariadb://host:3306/database and give the "
                + "credentials as migrate.serverId (settings.xml) or migrate.username and migrate.password.",
                refused("jdbc:mariadb://root:" + URL_SECRET + "@127.0.0.1:33x06/app", null));
    }

    @Test
    void unknownHostsAndBadPortsOnPostgresAndMariaDbNeverShowThePasswordParameters() throws Exception {
        new RevisionFiles(dir.resolve("versions")).write("aaaa00000001", "", "Create users",
                "CREATE TABLE users (id INT);", "DROP TABLE users;");
        assertEquals("Cannot connect to jdbc:postgresql://db.invalid:5432/app?user=app&password=*** as user 'app': "
                + "unknown host 'db.invalid'. Check the host name in migrate.url (and that DNS or the VPN that knows it "
                + "is available).",
                refused("jdbc:postgresql://db.invalid:5432/app?user=app&password=" + ENCODED_SECRET, "app"));
        assertEquals("The PostgreSQL JDBC driver does not accept the URL "
                + "jdbc:postgresql://127.0.0.1:54x32/app?user=app&password=***: it is malformed. Write it as "
                + "jdbc:postgresql://host:5432/database in migrate.url.",
                refused("jdbc:postgresql://127.0.0.1:54x32/app?user=app&password=" + DECODED_SECRET, null));
        assertEquals("Cannot connect to jdbc:mariadb://db.invalid:3306/app?user=root&password=*** as user 'root': "
                + "unknown host 'db.invalid'. Check the host name in migrate.url (and that DNS or the VPN that knows it "
                + "is available).",
                refused("jdbc:mariadb://db.invalid:3306/app?user=root&password=" + ENCODED_SECRET, "root"));
        assertEquals("Cannot connect to jdbc:mariadb://127.0.0.1:33x06/app?user=root&password=***: Incorrect port "
                + "value : 33x06. Check migrate.url and the credentials.",
                refused("jdbc:mariadb://127.0.0.1:33x06/app?user=root&password=" + URL_SECRET, null));
    }

    @Test
    void aUserNameEqualToThePasswordIsStillShownAsTheUserOnMariaDb() throws Exception {
        db = TestDatabase.create(DatabaseKind.MARIADB);
        new RevisionFiles(dir.resolve("versions")).write("aaaa00000001", "", "Create users",
                "CREATE TABLE users (id INT);", "DROP TABLE users;");
        String user = TestDatabase.MARIADB_USER;
        MigrateSettings sameAsUser = new MigrateSettings(new DatabaseSettings(db.url(), user, user),
                dir.resolve("versions"), null, null, Duration.ofSeconds(5));
        MigrateException e = assertThrows(MigrateException.class,
                () -> new UpgradeCommand(sameAsUser, out).run("head", Set.of()));
        assertTrue(e.getMessage().startsWith("Authentication failed connecting to " + db.url() + " as user '" + user
                + "': Access denied for user '" + user + "'@'"), e.getMessage());
        assertTrue(e.getMessage().endsWith("' (using password: YES). Check the credentials (migrate.serverId in "
                + "settings.xml, or migrate.username and migrate.password)."), e.getMessage());
        assertFalse(e.getMessage().contains("***"), e.getMessage());
    }
}
