package dev.migrate.command;

import dev.migrate.MigrateException;
import dev.migrate.database.DatabaseSettings;
import dev.migrate.revision.DisplayPaths;
import dev.migrate.revision.RevisionDirectory;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.ErrorCatalogDoc;
import dev.migrate.testing.RecordingOutput;
import dev.migrate.testing.SilentServer;
import dev.migrate.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static dev.migrate.command.ErrorCatalogTest.ACCOUNTS;
import static dev.migrate.command.ErrorCatalogTest.INVESTMENTS;
import static dev.migrate.command.ErrorCatalogTest.USERS;
import static dev.migrate.command.ErrorCatalogTest.revision;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The errors of docs/errors.md that need a database: connecting, failing SQL, edited or unknown applied revisions,
 * permissions and foreign tables. Each test asserts the whole message, that the database is as it was, and that
 * docs/errors.md shows the same message under the case's anchor. Shown messages replace the test's random schema
 * name by {@code app}, its temporary project folder by nothing, and run times by a fixed instant.
 */
class ErrorCatalogDatabaseTest {

    @TempDir
    Path project;
    private TestDatabase db;
    private final List<String> cleanup = new ArrayList<>();
    private final RecordingOutput out = new RecordingOutput();

    @AfterEach
    void drop() {
        if (db != null) {
            db.close();
        }
        for (String sql : cleanup) {
            TestDatabase.admin(db.kind(), sql);
        }
    }

    private Path versions() {
        return project.resolve("migrations/versions");
    }

    private void file(String name, String content) {
        try {
            Files.createDirectories(versions());
            Files.writeString(versions().resolve(name), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void usersAndAccounts() {
        file(USERS, revision("1a2b3c4d5e6f", "", "Create users", "CREATE TABLE users (id INT PRIMARY KEY);",
                "DROP TABLE users;"));
        file(ACCOUNTS, revision("3f2a9c1b7d4e", "1a2b3c4d5e6f", "Create accounts",
                "CREATE TABLE accounts (id INT PRIMARY KEY);", "DROP TABLE accounts;"));
    }

    private MigrateSettings settings(DatabaseSettings database) {
        return new MigrateSettings(database, versions(), null, null, Duration.ofSeconds(5));
    }

    private UpgradeCommand upgrade() {
        return new UpgradeCommand(settings(db.settings()), out);
    }

    private UpgradeCommand upgrade(String url, String user, String password) {
        return new UpgradeCommand(settings(new DatabaseSettings(url, user, password)), out);
    }

    private List<String> state() {
        List<String> state = new ArrayList<>(db.tables());
        if (state.contains("migrate_version") && state.contains("migrate_history")) {
            try {
                db.column("select version_num from migrate_version order by 1").forEach(v -> state.add("version " + v));
                db.query("select revision, direction, checksum from migrate_history order by id")
                        .forEach(r -> state.add("history " + r));
            } catch (IllegalStateException foreignTable) {
                db.query("select * from migrate_history").forEach(r -> state.add("foreign history " + r));
            }
        }
        return state;
    }

    private void assertRefused(String caseId, String expected, Executable command) {
        ErrorCatalogDoc.assertRefused(caseId, expected, command, this::state, this::shown);
    }

    /** Random names the test had to make up (users, databases), shown as {@code app}. */
    private final List<String> aliases = new ArrayList<>();

    private String shown(String message) {
        for (String alias : aliases) {
            message = message.replace(alias, "app");
        }
        // the servers as docs/errors.md shows them, whatever -Dmigrate.test.pgUrl/mariadbUrl point at
        message = message.replace(TestDatabase.PG_URL.replaceFirst("\\?.*", ""), "jdbc:postgresql://127.0.0.1:5432/test")
                .replace(TestDatabase.MARIADB_URL.replaceFirst("/[^/]*$", "/"), "jdbc:mariadb://127.0.0.1:3306/");
        return message.replace(project.toString() + "/", "").replace(db.schema(), "app")
                .replaceAll("ran on \\S+ with", "ran on 2026-11-25T10:30:00.123456Z with");
    }

    // ---- connecting ----------------------------------------------------------------------------------------------

    @Test
    void unsupportedDatabase() {
        db = TestDatabase.create(DatabaseKind.H2);
        usersAndAccounts();
        assertRefused("unsupported-database", "No dialect for the URL jdbc:oracle:thin:@//db.example.com:1521/app: migrate-maven-plugin "
                + "supports PostgreSQL (jdbc:postgresql:), H2 (jdbc:h2:) and MariaDB/MySQL (jdbc:mariadb:, "
                + "jdbc:mysql:). Check migrate.url for a typo.",
                () -> upgrade("jdbc:oracle:thin:@//db.example.com:1521/app", "app", null).run("head", Set.of()));
    }

    @Test
    void unknownDriver() {
        db = TestDatabase.create(DatabaseKind.H2);
        usersAndAccounts();
        assertRefused("unknown-driver", "No JDBC driver accepts the URL jdbc:mysql://127.0.0.1:3306/app: the plugin bundles no "
                + "MySQL driver. Write the URL as jdbc:mariadb://host:3306/database (the bundled MariaDB "
                + "driver talks to MySQL too), or add com.mysql:mysql-connector-j as a <dependency> of the "
                + "plugin in your pom.",
                () -> upgrade("jdbc:mysql://127.0.0.1:3306/app", "root", null).run("head", Set.of()));
    }

    @Test
    void badJdbcUrl() {
        db = TestDatabase.create(DatabaseKind.H2);
        usersAndAccounts();
        assertRefused("bad-jdbc-url", "The PostgreSQL JDBC driver does not accept the URL jdbc:postgresql://127.0.0.1:5432x/app: "
                + "it is malformed. Write it as jdbc:postgresql://host:5432/database in migrate.url.",
                () -> upgrade("jdbc:postgresql://127.0.0.1:5432x/app", "postgres", null).run("head", Set.of()));
    }

    @Test
    void unreachableHost() {
        db = TestDatabase.create(DatabaseKind.H2);
        usersAndAccounts();
        assertRefused("unreachable-host", "Cannot connect to jdbc:postgresql://127.0.0.1:1/app as user 'postgres': Connection to "
                + "127.0.0.1:1 refused. Check that the hostname and port are correct and that the postmaster "
                + "is accepting TCP/IP connections. Check that the database server is running and that "
                + "migrate.url names the right host and port.",
                () -> upgrade("jdbc:postgresql://127.0.0.1:1/app", "postgres", null).run("head", Set.of()));
    }

    @Test
    void aBrokenRevisionFileIsReportedBeforeAnUnreachableDatabase() throws Exception {
        db = TestDatabase.create(DatabaseKind.H2);
        usersAndAccounts();
        Path broken = versions().resolve("20261103_090000_bad.sql");
        Files.writeString(broken, "-- Broken\n-- Revision ID: bad\n-- Revises: 3f2a9c1b7d4e\n");

        MigrateException e = assertThrows(MigrateException.class,
                () -> upgrade("jdbc:postgresql://127.0.0.1:1/app", "postgres", null).run("head", Set.of()));

        assertEquals(DisplayPaths.of(broken) + ": has no '-- migrate:upgrade' section; add the "
                + "marker line '-- migrate:upgrade' followed by the SQL to apply (and '-- migrate:downgrade' with the "
                + "SQL that reverts it)", e.getMessage());
    }

    @Test
    void unknownHost() {
        db = TestDatabase.create(DatabaseKind.H2);
        usersAndAccounts();
        assertRefused("unknown-host", "Cannot connect to jdbc:postgresql://db.invalid:5432/app as user 'postgres': unknown host "
                + "'db.invalid'. Check the host name in migrate.url (and that DNS or the VPN that knows it "
                + "is available).",
                () -> upgrade("jdbc:postgresql://db.invalid:5432/app", "postgres", null).run("head", Set.of()));
    }

    @Test
    void serverNotAnswering() {
        db = TestDatabase.create(DatabaseKind.H2);
        usersAndAccounts();
        try (SilentServer server = new SilentServer(30)) {
            String url = "jdbc:postgresql://127.0.0.1:" + server.port() + "/app";
            ErrorCatalogDoc.assertRefused("server-not-answering", "Cannot connect to jdbc:postgresql://db.example.com:5432/app "
                    + "as user 'postgres': db.example.com:5432 did not answer within 2 s (migrate.connectTimeout). "
                    + "Check the host and port in migrate.url and that the server is up and reachable from this "
                    + "machine (network, firewall, VPN); if it is only slow, raise -Dmigrate.connectTimeout=<seconds>.",
                    () -> new UpgradeCommand(settings(new DatabaseSettings(url, "postgres", null, Duration.ofSeconds(2))),
                            out).run("head", Set.of()),
                    this::state, message -> shown(message).replace("127.0.0.1:" + server.port(), "db.example.com:5432"));
        }
    }

    @Test
    void credentialsBeforeHost() {
        db = TestDatabase.create(DatabaseKind.H2);
        usersAndAccounts();
        assertRefused("credentials-before-host", "The URL jdbc:postgresql://app:***@db.example.com:5432/app puts "
                + "credentials before the host (user:password@host), which the PostgreSQL JDBC driver does not read: it "
                + "would take them for the host name or the port. Write the URL as jdbc:postgresql://host:5432/database "
                + "and give the credentials as migrate.serverId (settings.xml) or migrate.username and migrate.password.",
                () -> upgrade("jdbc:postgresql://app:s3cret@db.example.com:5432/app", null, null).run("head", Set.of()));
    }

    @Test
    void wrongPasswordOnH2() throws SQLException {
        db = TestDatabase.create(DatabaseKind.H2);
        usersAndAccounts();
        String name = "pw" + UUID.randomUUID().toString().substring(0, 8);
        aliases.add(name);
        String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
        try (Connection ignored = DriverManager.getConnection(url, "app", "right-one")) {
            assertRefused("wrong-password", "Authentication failed connecting to jdbc:h2:mem:app;DB_CLOSE_DELAY=-1 as user 'app': "
                + "Wrong user name or password. Check the credentials (migrate.serverId in settings.xml, or "
                + "migrate.username and migrate.password).", () -> upgrade(url, "app", "wrong-one").run("head", Set.of()));
        }
    }

    @Test
    void wrongPasswordOnMariaDb() {
        db = TestDatabase.create(DatabaseKind.MARIADB);
        usersAndAccounts();
        String user = "mt_pw_" + db.schema().substring(3);
        TestDatabase.admin(DatabaseKind.MARIADB, "create user '" + user + "'@'%' identified by 'right-one'");
        cleanup.add("drop user '" + user + "'@'%'");
        aliases.add(user);
        assertRefused("wrong-password-mariadb", "Authentication failed connecting to jdbc:mariadb://127.0.0.1:3306/app as user 'app': "
                + "Access denied for user 'app'@'127.0.0.1' (using password: YES). Check the credentials "
                + "(migrate.serverId in settings.xml, or migrate.username and migrate.password).",
                () -> upgrade(db.url(), user, "wrong-one").run("head", Set.of()));
    }

    // ---- state of the database -----------------------------------------------------------------------------------

    @Test
    void databaseAtARevisionTheFilesDoNotHave() throws IOException {
        db = TestDatabase.create(DatabaseKind.POSTGRESQL);
        usersAndAccounts();
        upgrade().run("head", Set.of());
        Files.delete(versions().resolve(ACCOUNTS));
        assertRefused("unknown-current-revision", "The database is at revision 3f2a9c1b7d4e (table app.migrate_version), which is not among "
                + "the revision files in migrations/versions. Check out the code that has that revision, or "
                + "stamp the database to a known one: mvn migrate:stamp -Dmigrate.target=<rev> "
                + "-Dmigrate.purge=true", () -> upgrade().run("head", Set.of()));
    }

    @Test
    void editedAppliedRevision() {
        db = TestDatabase.create(DatabaseKind.POSTGRESQL);
        usersAndAccounts();
        upgrade().run("head", Set.of());
        file(USERS, revision("1a2b3c4d5e6f", "", "Create users",
                "CREATE TABLE users (id INT PRIMARY KEY, email TEXT);", "DROP TABLE users;"));
        assertRefused("edited-applied-revision", "An applied revision was edited after it ran:\n"
                + "  migrations/versions/20261101_090000_1a2b3c4d5e6f_create_users.sql: revision "
                + "1a2b3c4d5e6f ran on 2026-11-25T10:30:00.123456Z with upgrade checksum "
                + "6fbce31a061cf9cc00c8b49998a75d803a4c1a1d4b2103615c9c84a1e63f00a9, the file now has "
                + "7ded439de0fee24a64a25ddd7250d630f3dce7a1e90735b25a8d72371ef38375\n"
                + "The database did not get the edit. Revert it (git diff shows it) and put the change in a "
                + "new revision; or, if the edit is deliberate and the database already matches it, accept "
                + "it with -Dmigrate.acceptEdited=1a2b3c4d5e6f (or =all).", () -> upgrade().run("head", Set.of()));
    }

    @Test
    void versionTableWithAnUnexpectedShape() {
        db = TestDatabase.create(DatabaseKind.POSTGRESQL);
        usersAndAccounts();
        db.execute("create table migrate_version (id int primary key, version text)");
        assertRefused("version-table-shape", "Table app.migrate_version exists but is not a version table: ERROR: column \"version_num\" "
                + "does not exist. It must have the column version_num varchar(32). If the table belongs to "
                + "something else, choose another name with migrate.versionTable.", () -> upgrade().run("head", Set.of()));
    }

    @Test
    void historyTableWithAnUnexpectedShape() {
        db = TestDatabase.create(DatabaseKind.POSTGRESQL);
        usersAndAccounts();
        db.execute("create table migrate_version (version_num varchar(32) primary key)",
                "create table migrate_history (id int primary key, entry text)");
        assertRefused("history-table-shape", "Table app.migrate_history exists but is not a migrate history table: ERROR: column "
                + "\"revision\" does not exist. Rename it, or choose another migrate.versionTable (the history "
                + "table is named after it).", () -> upgrade().run("head", Set.of()));
    }

    @Test
    void existingTablesWithoutVersionTable() {
        db = TestDatabase.create(DatabaseKind.POSTGRESQL);
        usersAndAccounts();
        db.execute("CREATE TABLE users (id INT PRIMARY KEY)", "CREATE TABLE accounts (id INT PRIMARY KEY)");
        assertRefused("existing-tables", "Schema app already holds 2 tables (accounts, users) but no version table "
                + "(app.migrate_version), so nothing says which revisions they come from, and the first revision "
                + "would run on top of them. Adopt the schema at the revision its tables match: 'mvn migrate:stamp "
                + "-Dmigrate.target=<rev>' (head if they match the latest revision), then upgrade; or do both in one "
                + "run with -Dmigrate.baseline=<rev>. -Dmigrate.baseline=base runs every revision on top of the "
                + "existing tables.", () -> upgrade().run("head", Set.of()));
    }

    @Test
    void readOnlyUser() {
        db = TestDatabase.create(DatabaseKind.POSTGRESQL);
        usersAndAccounts();
        String role = "mt_ro_" + db.schema().substring(3);
        TestDatabase.admin(DatabaseKind.POSTGRESQL, "create role " + role + " login");
        cleanup.add("drop role if exists " + role);
        TestDatabase.admin(DatabaseKind.POSTGRESQL, "grant usage on schema " + db.schema() + " to " + role);
        assertRefused("read-only-user", "Cannot prepare schema app for migrations at "
                + "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=app: ERROR: permission denied for "
                + "schema app. The database user needs the right to create tables in this schema (or an "
                + "administrator creates app.migrate_version and app.migrate_history first).", () -> upgrade(db.url(), role, null).run("head", Set.of()));
    }

    // ---- SQL of a revision ---------------------------------------------------------------------------------------

    private void accountsFailingAt(int statement) {
        List<String> sql = new ArrayList<>(List.of("CREATE TABLE accounts (id INT PRIMARY KEY, user_id INT);",
                "INSERT INTO accounts (id, user_id) VALUES (1, 1);",
                "CREATE INDEX accounts_user_idx ON accounts (user_id);"));
        sql.set(statement - 1, List.of("CREATE TABLE accounts (id INT PRIMARY KEY, user_id INTEGR);",
                "INSERT INTO acounts (id, user_id) VALUES (1, 1);",
                "CREATE INDEX accounts_user_idx ON accounts (owner_id);").get(statement - 1));
        file(USERS, revision("1a2b3c4d5e6f", "", "Create users", "CREATE TABLE users (id INT PRIMARY KEY);",
                "DROP TABLE users;"));
        upgrade().run("head", Set.of());
        file(ACCOUNTS, revision("3f2a9c1b7d4e", "1a2b3c4d5e6f", "Create accounts", String.join("\n", sql),
                "DROP TABLE accounts;"));
    }

    @Test
    void sqlErrorInTheFirstStatement() {
        db = TestDatabase.create(DatabaseKind.POSTGRESQL);
        accountsFailingAt(1);
        assertRefused("sql-error-first-statement", "migrations/versions/20261102_090000_3f2a9c1b7d4e_create_accounts.sql:8: the upgrade of "
                + "revision 3f2a9c1b7d4e failed at statement 1 of 3: ERROR: type \"integr\" does not exist\n"
                + "The revision was rolled back; the database is still at 1a2b3c4d5e6f. Fix the SQL and run "
                + "the goal again.", () -> upgrade().run("head", Set.of()));
    }

    @Test
    void sqlErrorInAMiddleStatement() {
        db = TestDatabase.create(DatabaseKind.POSTGRESQL);
        accountsFailingAt(2);
        assertRefused("sql-error-middle-statement", "migrations/versions/20261102_090000_3f2a9c1b7d4e_create_accounts.sql:9: the upgrade of "
                + "revision 3f2a9c1b7d4e failed at statement 2 of 3: ERROR: relation \"acounts\" does not "
                + "exist\n"
                + "The revision was rolled back; the database is still at 1a2b3c4d5e6f. Fix the SQL and run "
                + "the goal again.", () -> upgrade().run("head", Set.of()));
    }

    @Test
    void sqlErrorInTheLastStatement() {
        db = TestDatabase.create(DatabaseKind.POSTGRESQL);
        accountsFailingAt(3);
        assertRefused("sql-error-last-statement", "migrations/versions/20261102_090000_3f2a9c1b7d4e_create_accounts.sql:10: the upgrade of "
                + "revision 3f2a9c1b7d4e failed at statement 3 of 3: ERROR: column \"owner_id\" does not exist\n"
                + "The revision was rolled back; the database is still at 1a2b3c4d5e6f. Fix the SQL and run "
                + "the goal again.", () -> upgrade().run("head", Set.of()));
    }

    /** As {@link #assertRefused(String, String, Executable)}, for a failure that leaves the database changed. */
    private void assertRefused(String caseId, String expected, Executable command, List<String> after) {
        MigrateException e = assertThrows(MigrateException.class, command);
        String message = shown(e.getMessage());
        assertEquals(expected, message);
        assertEquals(after, state());
        ErrorCatalogDoc.assertDocumented(caseId, message);
    }

    private static final String MARIADB_MIDDLE_FAILURE = "migrations/versions/20261102_090000_3f2a9c1b7d4e_create_"
            + "accounts.sql:9: the upgrade of revision 3f2a9c1b7d4e failed at statement 2 of 3: Table 'app.acounts' "
            + "doesn't exist\n"
            + "The revision ran outside a transaction (MariaDB commits each DDL statement, so the revision is not "
            + "atomic): statement 1 (line 8) stayed applied, and the version table still says 1a2b3c4d5e6f. "
            + "app.migrate_history records that revision 3f2a9c1b7d4e did not complete: statement 1 of 3 of its "
            + "upgrade may be applied, so nothing runs on top of it. Bring the database by hand to the revision's end "
            + "(statements 2..3) and run 'mvn migrate:stamp -Dmigrate.target=3f2a9c1b7d4e', or to its start (undo "
            + "statement 1) and run 'mvn migrate:stamp -Dmigrate.target=1a2b3c4d5e6f'. The stamp clears the mark; run "
            + "it only once the database is where it says.";

    @Test
    void sqlErrorInAMiddleStatementOfANonAtomicRevision() {
        db = TestDatabase.create(DatabaseKind.MARIADB);
        accountsFailingAt(2);
        List<String> after = new ArrayList<>(state());
        after.add(0, "accounts");
        after.add("history [3f2a9c1b7d4e, upgrade, " + revisionChecksum() + "]");
        assertRefused("sql-error-non-atomic", MARIADB_MIDDLE_FAILURE, () -> upgrade().run("head", Set.of()), after);
    }

    private String revisionChecksum() {
        return new RevisionDirectory(versions()).graph().get("3f2a9c1b7d4e").upgrade()
                .checksum();
    }

    @Test
    void incompleteRevision() {
        db = TestDatabase.create(DatabaseKind.MARIADB);
        accountsFailingAt(2);
        assertThrows(MigrateException.class, () -> upgrade().run("head", Set.of()));
        assertRefused("incomplete-revision", "migrations/versions/20261102_090000_3f2a9c1b7d4e_create_accounts.sql: "
                + "Revision 3f2a9c1b7d4e did not complete: statement 1 of 3 of its upgrade may be applied.\n"
                + "Its upgrade failed at statement 2 of 3 (line 9) after statement 1 completed, and the version table "
                + "still says 1a2b3c4d5e6f. Nothing runs on top of an incomplete revision. Bring the database by hand "
                + "to the revision's end (statements 2..3) and run 'mvn migrate:stamp -Dmigrate.target=3f2a9c1b7d4e', "
                + "or to its start (undo statement 1) and run 'mvn migrate:stamp -Dmigrate.target=1a2b3c4d5e6f'. The "
                + "stamp clears the mark; run it only once the database is where it says.",
                () -> upgrade().run("head", Set.of()));
    }

    @Test
    void historyRowThatCannotBeWritten() {
        db = TestDatabase.create(DatabaseKind.MARIADB);
        // a history table an administrator created in latin1, which cannot hold the revision's message
        db.execute("CREATE TABLE migrate_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)",
                "CREATE TABLE migrate_history (id BIGINT AUTO_INCREMENT PRIMARY KEY, revision VARCHAR(32) NOT NULL, "
                        + "direction VARCHAR(16) NOT NULL, checksum VARCHAR(64), message VARCHAR(500), applied_by "
                        + "VARCHAR(128) NOT NULL, host VARCHAR(255), started_at DATETIME(6) NOT NULL, duration_ms "
                        + "BIGINT NOT NULL, status VARCHAR(16), statements_done INT, statements_total INT) "
                        + "CHARACTER SET latin1");
        file(USERS, revision("1a2b3c4d5e6f", "", "创建用户表 (create users)", "CREATE TABLE users (id INT PRIMARY KEY);",
                "DROP TABLE users;"));
        assertRefused("history-write-failed", "migrations/versions/20261101_090000_1a2b3c4d5e6f_create_users.sql: "
                + "cannot record the start of the upgrade of revision 1a2b3c4d5e6f in app.migrate_history: Incorrect string "
                + "value: '\\xE5\\x88\\x9B\\xE5\\xBB\\xBA...' for column `app`.`migrate_history`.`message` at row 1\n"
                + "Nothing of the revision ran; the database is still at base (no revision applied). Make "
                + "app.migrate_history accept the row (the database's message says why it refused it) and run the goal "
                + "again.",
                () -> upgrade().run("head", Set.of()));
    }

    @Test
    void connectionLostDuringARevision() {
        db = TestDatabase.create(DatabaseKind.POSTGRESQL);
        file(USERS, revision("1a2b3c4d5e6f", "", "Create users", "CREATE TABLE users (id INT PRIMARY KEY);",
                "DROP TABLE users;"));
        upgrade().run("head", Set.of());
        file(ACCOUNTS, revision("3f2a9c1b7d4e", "1a2b3c4d5e6f", "Create accounts",
                "CREATE TABLE accounts (id INT PRIMARY KEY);\nDO $$ BEGIN PERFORM pg_sleep(30); END $$;",
                "DROP TABLE accounts;"));
        assertRefused("connection-lost", "migrations/versions/20261102_090000_3f2a9c1b7d4e_create_accounts.sql: the "
                + "connection to the database broke during the upgrade of revision 3f2a9c1b7d4e: FATAL: terminating "
                + "connection due to administrator command\nThe database rolls back a transaction whose connection "
                + "ends, so the database is at 1a2b3c4d5e6f, or at 3f2a9c1b7d4e if the break came during the commit. "
                + "'mvn migrate:current' shows which; then run the goal again.", () -> {
                    // an administrator ends the run's session while the revision sleeps
                    Thread killer = new Thread(() -> {
                        for (int i = 0; i < 400; i++) {
                            if (!db.column("select pg_terminate_backend(pid)::text from pg_stat_activity where "
                                    + "query like '%pg_sleep(30)%' and pid <> pg_backend_pid()").isEmpty()) {
                                return;
                            }
                            try {
                                Thread.sleep(25);
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                    });
                    killer.start();
                    try {
                        upgrade().run("head", Set.of());
                    } finally {
                        killer.join();
                    }
                });
    }

    @Test
    void unterminatedDollarQuote() {
        db = TestDatabase.create(DatabaseKind.POSTGRESQL);
        usersAndAccounts();
        file(INVESTMENTS, revision("9e8d7c6b5a4f", "3f2a9c1b7d4e", "Audit trigger",
                "CREATE FUNCTION audit() RETURNS trigger AS $body$\nBEGIN\n  RETURN NEW;\nEND;\n$$ LANGUAGE plpgsql;",
                "DROP FUNCTION audit();"));
        assertRefused("unterminated-dollar-quote", "migrations/versions/20261103_090000_9e8d7c6b5a4f_create_investments.sql:8: unterminated "
                + "dollar-quoted string $body$ starting at line 8; close it with $body$ and run the goal "
                + "again", () -> upgrade().run("head", Set.of()));
    }

    @Test
    void transactionControl() {
        db = TestDatabase.create(DatabaseKind.POSTGRESQL);
        file(USERS, revision("1a2b3c4d5e6f", "", "Create users", "CREATE TABLE users (id INT PRIMARY KEY);",
                "DROP TABLE users;"));
        upgrade().run("head", Set.of());
        file(ACCOUNTS, revision("3f2a9c1b7d4e", "1a2b3c4d5e6f", "Create accounts",
                "CREATE TABLE accounts (id INT PRIMARY KEY);\nINSERT INTO accounts VALUES (1);\nCOMMIT;\n"
                        + "INSERT INTO accounts VALUES (2);", "DROP TABLE accounts;"));
        assertRefused("transaction-control", "migrations/versions/20261102_090000_3f2a9c1b7d4e_create_accounts.sql:10: "
                + "'COMMIT' is transaction control, which a section may hold only when its marker says "
                + "transaction=false: otherwise the plugin begins and ends the revision's transactions itself. Remove "
                + "the statement, or change the marker on line 7 to '-- migrate:upgrade transaction=false' to run the "
                + "section's statements as written, outside the plugin's transaction",
                () -> upgrade().run("head", Set.of()));
    }

    @Test
    void clientCommand() {
        db = TestDatabase.create(DatabaseKind.POSTGRESQL);
        file(USERS, revision("1a2b3c4d5e6f", "", "Create users", "CREATE TABLE users (id INT PRIMARY KEY);",
                "DROP TABLE users;"));
        upgrade().run("head", Set.of());
        file(ACCOUNTS, revision("3f2a9c1b7d4e", "1a2b3c4d5e6f", "Create accounts",
                "CREATE TABLE accounts (id INT PRIMARY KEY);\n\\i accounts_seed.sql", "DROP TABLE accounts;"));
        assertRefused("client-command", "migrations/versions/20261102_090000_3f2a9c1b7d4e_create_accounts.sql:9: '\\i' "
                + "is a command of the psql client, not SQL, and the plugin sends revisions to the database without "
                + "a client; copy the statements of the file it reads into the revision",
                () -> upgrade().run("head", Set.of()));
    }

    @Test
    void compoundStatementWithoutDelimiter() {
        db = TestDatabase.create(DatabaseKind.MARIADB);
        file(USERS, revision("1a2b3c4d5e6f", "", "Create users", "CREATE TABLE users (id INT PRIMARY KEY);",
                "DROP TABLE users;"));
        upgrade().run("head", Set.of());
        file(ACCOUNTS, revision("3f2a9c1b7d4e", "1a2b3c4d5e6f", "Create accounts",
                "CREATE TABLE accounts (id INT PRIMARY KEY);\nCREATE TABLE counts (n INT);\n"
                        + "CREATE TRIGGER accounts_count AFTER INSERT ON accounts FOR EACH ROW\nBEGIN\n"
                        + "  UPDATE counts SET n = n + 1;\nEND;", "DROP TABLE counts;\nDROP TABLE accounts;"));
        assertRefused("compound-without-delimiter", "migrations/versions/20261102_090000_3f2a9c1b7d4e_create_accounts"
                + ".sql:10: this compound statement (BEGIN ... END) would be cut at the first ';' inside it; as for "
                + "the mariadb client, write 'DELIMITER //' on the line before it, end it with 'END//' and write "
                + "'DELIMITER ;' after it", () -> upgrade().run("head", Set.of()));
    }
}
