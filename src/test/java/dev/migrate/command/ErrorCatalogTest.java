package dev.migrate.command;

import dev.migrate.MigrateException;
import dev.migrate.database.DatabaseSettings;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.ErrorCatalogDoc;
import dev.migrate.testing.RecordingOutput;
import dev.migrate.testing.TestDatabase;
import org.h2.tools.RunScript;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The errors of docs/errors.md that come from the revision files, the targets and the settings, on an embedded H2
 * database: each test asserts the whole message, that the database is as it was, and that docs/errors.md shows the
 * same message under the case's anchor (the method's name is the anchor in camel case).
 */
class ErrorCatalogTest {

    static final String USERS = "20261101_090000_1a2b3c4d5e6f_create_users.sql";
    static final String ACCOUNTS = "20261102_090000_3f2a9c1b7d4e_create_accounts.sql";
    static final String INVESTMENTS = "20261103_090000_9e8d7c6b5a4f_create_investments.sql";

    @TempDir
    Path project;
    private Path versions;
    private TestDatabase db;
    private final RecordingOutput out = new RecordingOutput();

    @BeforeEach
    void createDatabase() {
        versions = project.resolve("migrations/versions");
        db = TestDatabase.create(DatabaseKind.H2);
    }

    @AfterEach
    void dropDatabase() {
        db.close();
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    static String revision(String id, String revises, String message, String upgrade, String downgrade) {
        return "-- " + message + "\n--\n-- Revision ID: " + id + "\n-- Revises: " + revises
                + "\n-- Create Date: 2026-11-01 09:00:00Z\n\n-- migrate:upgrade\n" + upgrade
                + "\n\n-- migrate:downgrade\n" + downgrade + "\n";
    }

    private void file(String name, String content) {
        file(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private void file(String name, byte[] content) {
        try {
            Files.createDirectories(versions);
            Files.write(versions.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Two revisions in a line: users, then accounts. */
    private void usersAndAccounts() {
        file(USERS, revision("1a2b3c4d5e6f", "", "Create users", "CREATE TABLE users (id INT PRIMARY KEY);",
                "DROP TABLE users;"));
        file(ACCOUNTS, revision("3f2a9c1b7d4e", "1a2b3c4d5e6f", "Create accounts",
                "CREATE TABLE accounts (id INT PRIMARY KEY);", "DROP TABLE accounts;"));
    }

    private MigrateSettings settings() {
        return settings(db.settings(), null, null);
    }

    private MigrateSettings settings(DatabaseSettings database, String schema, String versionTable) {
        return new MigrateSettings(database, versions, schema, versionTable, Duration.ofSeconds(5));
    }

    /** Tables, version rows and history rows: what must be the same before and after a refused run. */
    private List<String> state() {
        List<String> state = new ArrayList<>(db.tables());
        if (state.contains("migrate_version")) {
            db.column("select version_num from migrate_version order by 1").forEach(v -> state.add("version " + v));
            db.query("select revision, direction, checksum from migrate_history order by id")
                    .forEach(r -> state.add("history " + r));
        }
        return state;
    }

    /** Runs a command that must fail; checks the message, the doc and that the database did not change. */
    private void assertRefused(String caseId, String expected, Executable command) {
        ErrorCatalogDoc.assertRefused(caseId, expected, command, this::state, this::shown);
    }

    /** The message as Maven shows it when run in the project: revision files under migrations/versions. */
    private String shown(String message) {
        return message.replace(project.toString() + "/", "");
    }

    private UpgradeCommand upgrade() {
        return new UpgradeCommand(settings(), out);
    }

    private DowngradeCommand downgrade() {
        return new DowngradeCommand(settings(), out);
    }

    // ---- revision files ------------------------------------------------------------------------------------------

    @Test
    void malformedHeaderLine() {
        file(USERS, revision("1a2b3c4d5e6f", "", "Create users", "CREATE TABLE users (id INT);", "DROP TABLE users;"));
        file(ACCOUNTS, revision("3f2a9c1b7d4e", "1a2b3c4d5e6f", "Create accounts", "CREATE TABLE accounts (id INT);",
                "DROP TABLE accounts;").replace("-- Revision ID:", "-- Revison ID:"));
        assertRefused("malformed-header-line", "migrations/versions/20261102_090000_3f2a9c1b7d4e_create_accounts.sql:3: unknown header "
                + "'Revison ID:'; did you mean 'Revision ID:'?", () -> upgrade().run("head", Set.of()));
    }

    @Test
    void missingRevisionId() {
        file(USERS, revision("1a2b3c4d5e6f", "", "Create users", "CREATE TABLE users (id INT);", "DROP TABLE users;")
                .replace("-- Revision ID: 1a2b3c4d5e6f\n", ""));
        assertRefused("missing-revision-id", "migrations/versions/20261101_090000_1a2b3c4d5e6f_create_users.sql: missing '-- Revision "
                + "ID:' header line; a revision file starts with its message, then '-- Revision ID: <id>' "
                + "and '-- Revises: <parent id or empty>'", () -> upgrade().run("head", Set.of()));
    }

    @Test
    void invalidRevisionId() {
        file(USERS, revision("1a2b-3c4d", "", "Create users", "CREATE TABLE users (id INT);", "DROP TABLE users;"));
        assertRefused("invalid-revision-id", "migrations/versions/20261101_090000_1a2b3c4d5e6f_create_users.sql:3: revision id "
                + "'1a2b-3c4d' is not valid; use 1 to 32 letters, digits or underscores", () -> upgrade().run("head", Set.of()));
    }

    @Test
    void headerLineTwice() {
        file(USERS, revision("1a2b3c4d5e6f", "", "Create users", "CREATE TABLE users (id INT);", "DROP TABLE users;")
                .replace("-- Create Date:", "-- Revises: 9e8d7c6b5a4f\n-- Create Date:"));
        assertRefused("header-line-twice", "migrations/versions/20261101_090000_1a2b3c4d5e6f_create_users.sql:5: 'Revises:' appears "
                + "twice in the header; keep one", () -> upgrade().run("head", Set.of()));
    }

    @Test
    void sqlBeforeTheUpgradeMarker() {
        file(USERS, revision("1a2b3c4d5e6f", "", "Create users", "", "DROP TABLE users;")
                .replace("\n\n-- migrate:upgrade", "\nCREATE TABLE users (id INT);\n-- migrate:upgrade"));
        assertRefused("sql-before-marker", "migrations/versions/20261101_090000_1a2b3c4d5e6f_create_users.sql:6: SQL before the '-- "
                + "migrate:upgrade' marker; statements belong under '-- migrate:upgrade' or '-- "
                + "migrate:downgrade'", () -> upgrade().run("head", Set.of()));
    }

    @Test
    void revisionWithNoSections() {
        file(USERS, "-- Create users\n--\n-- Revision ID: 1a2b3c4d5e6f\n-- Revises:\n"
                + "-- Create Date: 2026-11-01 09:00:00Z\n");
        assertRefused("no-sections", "migrations/versions/20261101_090000_1a2b3c4d5e6f_create_users.sql: has no '-- "
                + "migrate:upgrade' section; add the marker line '-- migrate:upgrade' followed by the SQL to "
                + "apply (and '-- migrate:downgrade' with the SQL that reverts it)", () -> upgrade().run("head", Set.of()));
    }

    @Test
    void unknownSectionMarker() {
        file(USERS, revision("1a2b3c4d5e6f", "", "Create users", "CREATE TABLE users (id INT);", "DROP TABLE users;")
                .replace("-- migrate:downgrade", "-- migrate:down"));
        assertRefused("unknown-section-marker", "migrations/versions/20261101_090000_1a2b3c4d5e6f_create_users.sql:10: unknown section "
                + "marker '-- migrate:down'; expected '-- migrate:upgrade' or '-- migrate:downgrade'", () -> upgrade().run("head", Set.of()));
    }

    @Test
    void unknownSectionOption() {
        file(USERS, revision("1a2b3c4d5e6f", "", "Create users", "CREATE TABLE users (id INT);", "DROP TABLE users;")
                .replace("-- migrate:upgrade", "-- migrate:upgrade transaction=off"));
        assertRefused("unknown-section-option", "migrations/versions/20261101_090000_1a2b3c4d5e6f_create_users.sql:7: unknown section "
                + "option 'transaction=off'; the only option is transaction=false (run the section outside a "
                + "transaction)", () -> upgrade().run("head", Set.of()));
    }

    @Test
    void nonUtf8File() {
        byte[] text = revision("1a2b3c4d5e6f", "", "Create users", "INSERT INTO users VALUES ('M?ller');",
                "DROP TABLE users;").getBytes(StandardCharsets.ISO_8859_1);
        for (int i = 0; i < text.length; i++) {
            if (text[i] == '?') {
                text[i] = (byte) 0xFC; // ü in Latin-1
            }
        }
        file(USERS, text);
        assertRefused("non-utf8-file", "migrations/versions/20261101_090000_1a2b3c4d5e6f_create_users.sql:8: is not valid UTF-8 "
                + "(first bad byte 0xFC at offset 146); save the file as UTF-8 (for example with 'iconv -f "
                + "WINDOWS-1252 -t UTF-8')", () -> upgrade().run("head", Set.of()));
    }

    @Test
    void unterminatedString() {
        usersAndAccounts();
        file(INVESTMENTS, revision("9e8d7c6b5a4f", "3f2a9c1b7d4e", "Seed accounts",
                "INSERT INTO accounts VALUES (1);\nINSERT INTO accounts VALUES ('2);", "DELETE FROM accounts;"));
        assertRefused("unterminated-string", "migrations/versions/20261103_090000_9e8d7c6b5a4f_create_investments.sql:9: unterminated "
                + "string literal starting at line 9; close it (inside a literal, a quote is written twice: "
                + "'it''s') and run the goal again", () -> upgrade().run("head", Set.of()));
    }

    @Test
    void emptyVersionsDirectory() throws IOException {
        Files.createDirectories(versions);
        assertRefused("empty-versions-directory", "There are no revision files in migrations/versions. Create the first one with 'mvn "
                + "migrate:revision -Dmigrate.message=\"...\"'.", () -> upgrade().run("head", Set.of()));
    }

    @Test
    void missingVersionsDirectory() {
        assertRefused("missing-versions-directory", "The revision directory migrations/versions does not exist. Create the first revision with "
                + "'mvn migrate:revision -Dmigrate.message=\"...\"', or point migrate.directory at your "
                + "revisions.", () -> upgrade().run("head", Set.of()));
    }

    // ---- the revision graph --------------------------------------------------------------------------------------

    @Test
    void duplicateIds() {
        usersAndAccounts();
        file(INVESTMENTS, revision("3f2a9c1b7d4e", "1a2b3c4d5e6f", "Create investments",
                "CREATE TABLE investments (id INT);", "DROP TABLE investments;"));
        assertRefused("duplicate-ids", "Revision id 3f2a9c1b7d4e appears in two files: "
                + "migrations/versions/20261102_090000_3f2a9c1b7d4e_create_accounts.sql and "
                + "migrations/versions/20261103_090000_9e8d7c6b5a4f_create_investments.sql. Give one of them "
                + "a new id (its '-- Revision ID:' line and every 'Revises:' line that means it).", () -> upgrade().run("head", Set.of()));
    }

    @Test
    void cycle() {
        file(USERS, revision("1a2b3c4d5e6f", "9e8d7c6b5a4f", "Create users", "CREATE TABLE users (id INT);",
                "DROP TABLE users;"));
        file(ACCOUNTS, revision("3f2a9c1b7d4e", "1a2b3c4d5e6f", "Create accounts", "CREATE TABLE accounts (id INT);",
                "DROP TABLE accounts;"));
        file(INVESTMENTS, revision("9e8d7c6b5a4f", "3f2a9c1b7d4e", "Create investments",
                "CREATE TABLE investments (id INT);", "DROP TABLE investments;"));
        assertRefused("cycle", "Revisions form a cycle (each one revises the next): 1a2b3c4d5e6f -> 9e8d7c6b5a4f -> "
                + "3f2a9c1b7d4e -> 1a2b3c4d5e6f "
                + "(migrations/versions/20261101_090000_1a2b3c4d5e6f_create_users.sql, "
                + "migrations/versions/20261103_090000_9e8d7c6b5a4f_create_investments.sql, "
                + "migrations/versions/20261102_090000_3f2a9c1b7d4e_create_accounts.sql). Each revision must "
                + "revise older ones; fix the 'Revises:' lines.", () -> upgrade().run("head", Set.of()));
    }

    @Test
    void revisionRevisesItself() {
        file(USERS, revision("1a2b3c4d5e6f", "1a2b3c4d5e6f", "Create users", "CREATE TABLE users (id INT);",
                "DROP TABLE users;"));
        assertRefused("revises-itself", "migrations/versions/20261101_090000_1a2b3c4d5e6f_create_users.sql:4: revision "
                + "1a2b3c4d5e6f revises itself; name its parent revision instead, or leave 'Revises:' empty "
                + "for the first revision", () -> upgrade().run("head", Set.of()));
    }

    @Test
    void missingParent() {
        file(ACCOUNTS, revision("3f2a9c1b7d4e", "1a2b3c4d5e6f", "Create accounts", "CREATE TABLE accounts (id INT);",
                "DROP TABLE accounts;"));
        assertRefused("missing-parent", "migrations/versions/20261102_090000_3f2a9c1b7d4e_create_accounts.sql: revision "
                + "3f2a9c1b7d4e names 1a2b3c4d5e6f in 'Revises:', but no revision file has that id. Restore "
                + "the missing file (see 'git log --stat' of the revisions folder) or correct the 'Revises:' "
                + "line.", () -> upgrade().run("head", Set.of()));
    }

    @Test
    void multipleHeads() {
        usersAndAccounts();
        file(INVESTMENTS, revision("9e8d7c6b5a4f", "1a2b3c4d5e6f", "Create investments",
                "CREATE TABLE investments (id INT);", "DROP TABLE investments;"));
        assertRefused("multiple-heads", "Multiple head revisions are present for target 'head': 3f2a9c1b7d4e, 9e8d7c6b5a4f. Name "
                + "one of them, use '<branch label>@head' to narrow to one branch or 'heads' for every head, "
                + "or join them with 'mvn migrate:merge -Dmigrate.message=\"merge heads\"' (list them with "
                + "'mvn migrate:heads').", () -> upgrade().run("head", Set.of()));
    }

    @Test
    void validationFailed() {
        usersAndAccounts();
        upgrade().run("head", Set.of());
        file(INVESTMENTS, revision("9e8d7c6b5a4f", "1a2b3c4d5e6f", "Create investments",
                "CREATE TABLE investments (id INT);", "DROP TABLE investments;"));
        assertRefused("validation-failed", "Validation failed: 1 problem\n  the revision files have 2 heads "
                + "(3f2a9c1b7d4e, 9e8d7c6b5a4f): join them with 'mvn migrate:merge -Dmigrate.message=\"merge\"'\n"
                + "Run 'mvn migrate:status' to see every revision; docs/errors.md#validation-failed says what to do "
                + "for each problem.", () -> new ValidateCommand(settings(), out).run());
    }

    // ---- targets -------------------------------------------------------------------------------------------------

    @Test
    void ambiguousPrefix() {
        usersAndAccounts();
        file(INVESTMENTS, revision("3f2a0b0c0d0e", "3f2a9c1b7d4e", "Create investments",
                "CREATE TABLE investments (id INT);", "DROP TABLE investments;"));
        assertRefused("ambiguous-prefix", "Revision prefix '3f2a' is ambiguous; it matches 3f2a9c1b7d4e (Create accounts), "
                + "3f2a0b0c0d0e (Create investments). Give more characters of the id.", () -> upgrade().run("3f2a", Set.of()));
    }

    @Test
    void unknownTarget() {
        usersAndAccounts();
        assertRefused("unknown-target", "No revision matches 'ffff': it is neither a revision id, a unique id prefix nor a branch "
                + "label. Run 'mvn migrate:history' to list the revisions.", () -> upgrade().run("ffff", Set.of()));
    }

    @Test
    void invalidTargetSyntax() {
        usersAndAccounts();
        assertRefused("invalid-target", "'head~1' is not a valid target. Use head, heads, base, a revision id or unique prefix, "
                + "+N, -N, <id>+N, <id>-N or <branch label>@head.", () -> upgrade().run("head~1", Set.of()));
    }

    @Test
    void upgradeToARelativeTargetBackwards() {
        usersAndAccounts();
        upgrade().run("head", Set.of());
        assertRefused("upgrade-backwards", "Upgrade target '-1' moves backwards; use 'mvn migrate:downgrade -Dmigrate.target=-1' to "
                + "revert revisions.", () -> upgrade().run("-1", Set.of()));
    }

    @Test
    void downgradeWithoutTarget() {
        usersAndAccounts();
        upgrade().run("head", Set.of());
        assertRefused("downgrade-without-target", "migrate:downgrade needs a target: -Dmigrate.target=-1 (one revision back), base "
                + "(everything), or a revision id.", () -> downgrade().run(null, Set.of()));
    }

    @Test
    void downgradeToARevisionThatIsNotAnAncestor() {
        usersAndAccounts();
        upgrade().run("1a2b3c4d5e6f", Set.of());
        assertRefused("target-not-an-ancestor", "Revision 3f2a9c1b7d4e is not applied to the database (current: 1a2b3c4d5e6f), so it is "
                + "not a valid downgrade target. A downgrade moves back to a revision the database has "
                + "passed; see 'mvn migrate:history'.", () -> downgrade().run("3f2a9c1b7d4e", Set.of()));
    }

    @Test
    void downgradeBelowBase() {
        usersAndAccounts();
        upgrade().run("head", Set.of());
        assertRefused("downgrade-below-base", "Relative target '-3' goes below base: revision 1a2b3c4d5e6f is a base after 2 steps. Use "
                + "'base' or a smaller number.", () -> downgrade().run("-3", Set.of()));
    }

    @Test
    void stampUnknownRevision() {
        usersAndAccounts();
        upgrade().run("1a2b3c4d5e6f", Set.of());
        assertRefused("stamp-unknown-revision", "No revision matches 'ffff': it is neither a revision id, a unique id prefix nor a branch "
                + "label. Run 'mvn migrate:history' to list the revisions.", () -> new StampCommand(settings(), out).run("ffff", false));
    }

    // ---- offline SQL ---------------------------------------------------------------------------------------------

    @Test
    void offlineRangeWhoseStartIsNotAnAncestor() {
        usersAndAccounts();
        assertRefused("offline-range-not-an-ancestor", "'3f2a9c1b7d4e:1a2b3c4d5e6f' is not a valid upgrade range: its start is not an ancestor of "
                + "1a2b3c4d5e6f, so an upgrade cannot get there from it. Put the older revision first (for "
                + "the way back, use migrate:downgrade); see 'mvn migrate:history' for the order.",
                () -> upgrade().offline("3f2a9c1b7d4e:1a2b3c4d5e6f", null));
    }

    /**
     * The error an offline script stops with, from the database (H2 here: "Data conversion error converting" and
     * the text; PostgreSQL and MariaDB print the text itself, see OfflineLockTest).
     */
    @Test
    void offlineScriptAtAnotherRevision() throws Exception {
        usersAndAccounts();
        String script = upgrade().offline("1a2b3c4d5e6f:head", null);
        SQLException e = assertThrows(SQLException.class,
                () -> RunScript.execute(db.connect(), new StringReader(script)));
        String message = e.getMessage().substring("Data conversion error converting \"".length(),
                e.getMessage().indexOf("\"; SQL statement:"));
        assertEquals("migrate: this script starts at 1a2b3c4d5e6f but the database is at base; it stopped before "
                + "running anything of its revisions or changing the version table. Write the script again from "
                + "where the database is (-Dmigrate.target=<from>:<to>; 'mvn migrate:current' shows it), or run the "
                + "goal online.", message);
        assertEquals(List.of(), db.column("select version_num from migrate_version"));
        assertEquals(List.of("migrate_history", "migrate_version"), db.tables());
        ErrorCatalogDoc.assertDocumented("offline-script-at-another-revision", message);
    }

    @Test
    void offlineRangeRelativeToTheDatabase() {
        usersAndAccounts();
        assertRefused("offline-relative-range", "'current:head' is not a valid offline range: 'current' is relative to the database's "
                + "current revision, which offline mode does not read. Name revisions, base or head.", () -> upgrade().offline("current:head", null));
    }

    @Test
    void offlineDowngradeWithoutRange() {
        usersAndAccounts();
        assertRefused("offline-downgrade-without-range", "An offline downgrade needs a range, because the script cannot read where the database is: "
                + "-Dmigrate.target=<from>:<to>, e.g. head:base or 3f2a9c1b7d4e:1a2b3c4d5e6f.", () -> downgrade().offline("-1", null));
    }

    // ---- settings ------------------------------------------------------------------------------------------------

    @Test
    void noDatabaseUrl() {
        usersAndAccounts();
        assertRefused("no-url", "No database URL is set. Set <url> in the plugin's <configuration> or pass "
                + "-Dmigrate.url=jdbc:postgresql://host:5432/db (credentials: "
                + "-Dmigrate.serverId=<settings.xml server id> or migrate.username/migrate.password).", () -> new UpgradeCommand(settings(new DatabaseSettings(null, null, null),
                null, null), out).run("head", Set.of()));
    }

    @Test
    void invalidVersionTableName() {
        usersAndAccounts();
        assertRefused("invalid-version-table", "Invalid migrate.versionTable 'x; DROP TABLE users': use a plain identifier of letters, "
                + "digits and underscores (at most 63, not starting with a digit).", () -> new UpgradeCommand(settings(db.settings(), null,
                "x; DROP TABLE users"), out).run("head", Set.of()));
    }

    @Test
    void invalidSchemaName() {
        usersAndAccounts();
        assertRefused("invalid-schema", "Invalid migrate.schema 'public\"; DROP SCHEMA public CASCADE; --': use a plain identifier "
                + "of letters, digits and underscores (at most 63, not starting with a digit).", () -> new UpgradeCommand(settings(db.settings(),
                "public\"; DROP SCHEMA public CASCADE; --", null), out).run("head", Set.of()));
    }

    @Test
    void invalidNamesAreRefusedOfflineToo() {
        usersAndAccounts();
        MigrateException e = assertThrows(MigrateException.class, () -> new UpgradeCommand(settings(db.settings(),
                null, "v' OR '1'='1"), out).offline("head", null));
        assertEquals("Invalid migrate.versionTable 'v' OR '1'='1': use a plain identifier of letters, digits and "
                + "underscores (at most 63, not starting with a digit).", e.getMessage());
    }

    // ---- lint ----------------------------------------------------------------------------------------------------

    private LintCommand lintOffline() {
        return new LintCommand(new MigrateSettings(null, versions, null, null, Duration.ofSeconds(5)), out);
    }

    private void legacyDrop(String comment) {
        file(USERS, revision("1a2b3c4d5e6f", "", "Drop legacy users", "DROP TABLE legacy_users;" + comment,
                "SELECT 1;"));
    }

    @Test
    void lintSuppressionWithoutReason() {
        legacyDrop(" -- migrate:lint ignore=drop-table");
        assertRefused("lint-suppression-without-reason", "migrations/versions/" + USERS + ":8: the lint suppression "
                + "'ignore=drop-table' gives no reason: write '-- migrate:lint ignore=drop-table -- <why it is safe "
                + "here>'.", () -> lintOffline().run(null, null, null));
    }

    @Test
    void lintSuppressionOfAnUnknownRule() {
        legacyDrop(" -- migrate:lint ignore=drop-tables -- emptied in 4.2");
        assertRefused("lint-suppression-unknown-rule", "migrations/versions/" + USERS + ":8: the lint suppression "
                + "names no rule 'drop-tables': the rules are index-without-concurrently, "
                + "drop-index-without-concurrently, unique-without-index, constraint-without-not-valid, "
                + "set-not-null-scan, add-column-rewrite, type-change-rewrite, full-table-rewrite, table-copy, "
                + "table-rebuild, missing-lock-timeout, concurrently-in-transaction, enum-value-in-transaction, "
                + "add-required-column, enum-value-removal, rename-breaks-application, drop-column, drop-table "
                + "(see docs/lint.md).", () -> lintOffline().run(null, null, null));
    }

    @Test
    void lintFoundErrors() {
        legacyDrop("");
        assertRefused("lint-errors", "migrate:lint found 1 error (listed above). Use the safe form each one shows, "
                + "or, where the statement is safe for a reason the lint cannot see, add '-- migrate:lint "
                + "ignore=<rule> -- <reason>' after it; lintRules sets a rule's level.",
                () -> lintOffline().run(null, "drop-table=error", null));
        assertEquals(List.of("WARN migrations/versions/" + USERS + ":8: error [drop-table] DROP TABLE `legacy_users` "
                + "destroys its rows, and the application version still running fails on every query that uses it.",
                "WARN     safe form: stop using the table in one release and drop it in a later one, after a backup",
                "WARN migrations/versions/" + USERS + ":8: warning [missing-lock-timeout] this statement waits for an "
                        + "ACCESS EXCLUSIVE lock on `legacy_users` with no lock_timeout: while it waits behind a "
                        + "long query, every later query on the table queues behind it.",
                "WARN     safe form: SET LOCAL lock_timeout = '5s'; as the section's first statement",
                "Linted 1 revision for PostgreSQL 17 (offline): 1 error, 1 warning, 0 notes."),
                out.lines().stream().map(this::shown).toList());
    }

    @Test
    void invalidLintRules() {
        legacyDrop("");
        assertRefused("invalid-lint-rules", "Invalid entry 'drop-table=fatal' in lintRules: the level must be off, "
                + "info, warning or error.", () -> lintOffline().run(null, "drop-table=fatal", null));
    }

    @Test
    void invalidLintDatabase() {
        legacyDrop("");
        assertRefused("invalid-lint-database", "Invalid migrate.lintDatabase 'oracle': use postgresql, mariadb, mysql "
                + "or h2, optionally with the server version, e.g. postgresql:16 or mariadb:10.11.",
                () -> lintOffline().run(null, null, "oracle"));
    }

    @Test
    void invalidLockTimeout() {
        assertRefused("invalid-lock-timeout", "Invalid migrate.lockTimeoutSql '5 seconds': use a number with an "
                + "optional unit, as PostgreSQL's lock_timeout takes it (us, ms, s, min, h, d), e.g. 5s or 500ms.",
                () -> new RevisionCommand(settings(), null, out).run(new RevisionOptions("Add index", true, null, null,
                        null, null, true, "5 seconds")));
    }

    // ---- the catalog itself --------------------------------------------------------------------------------------

    /** Cases that only Maven can produce, checked by invoker cases of the same name under src/it. */
    private static final Set<String> MAVEN_CASES = Set.of("missing-server-id");

    @Test
    void everyDocumentedCaseHasATestAndEveryTestedCaseIsDocumented() throws IOException {
        Set<String> tested = new TreeSet<>(MAVEN_CASES);
        for (String test : List.of("command/ErrorCatalogTest", "command/ErrorCatalogDatabaseTest",
                "command/EntityErrorsTest", "command/ScriptOutputTest", "command/H2FileDatabaseTest",
                "command/VerifyErrorsTest", "command/VerifyModelTest", "maven/ServerCredentialsTest",
                "command/FleetTest", "runner/ShardTest", "runner/TargetsFileTest")) {
            var m = Pattern.compile("assert(Refused|Documented)\\(\"([a-z0-9-]+)\"")
                    .matcher(Files.readString(Path.of("src/test/java/dev/migrate/" + test + ".java")));
            while (m.find()) {
                tested.add(m.group(2));
            }
        }
        for (String maven : MAVEN_CASES) {
            assertEquals(true, Files.isDirectory(Path.of("src/it", maven)), "invoker case src/it/" + maven);
        }
        assertEquals(tested, new TreeSet<>(ErrorCatalogDoc.ids()));
    }
}
