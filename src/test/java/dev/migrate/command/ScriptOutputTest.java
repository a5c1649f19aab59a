package dev.migrate.command;

import dev.migrate.Output;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.ErrorCatalogDoc;
import dev.migrate.testing.RevisionFiles;
import dev.migrate.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The results scripts read (README, "Output for scripts"): {@code current}, {@code heads} and {@code history} hand
 * their result to {@link Output#result}, apart from the log lines, as text, JSON or a picture; on every database.
 */
class ScriptOutputTest {

    @TempDir
    Path dir;
    private TestDatabase db;
    private final Capture out = new Capture();

    /** Keeps log lines and results apart. */
    static final class Capture implements Output {
        final List<String> log = new ArrayList<>();
        final List<String> results = new ArrayList<>();

        @Override public void info(String line) { log.add(line); }
        @Override public void warn(String line) { log.add("WARN " + line); }
        @Override public void debug(String line) { }
        @Override public void result(String what, String text) { results.add(what + ": " + text); }

        void clear() {
            log.clear();
            results.clear();
        }
    }

    @AfterEach
    void dropSchema() {
        if (db != null) {
            db.close();
        }
    }

    private MigrateSettings settings() {
        return new MigrateSettings(db == null ? null : db.settings(), dir.resolve("versions"), null, null,
                Duration.ofSeconds(20));
    }

    /** Three revisions in a line; the database at the second. */
    private void atSecondOfThree(DatabaseKind kind) {
        db = TestDatabase.create(kind);
        RevisionFiles files = new RevisionFiles(dir.resolve("versions"));
        files.write("aaaa00000001", "", "Create users", "CREATE TABLE users (id INT PRIMARY KEY);",
                "DROP TABLE users;");
        files.write("bbbb00000002", "aaaa00000001", "Create accounts", "CREATE TABLE accounts (id INT PRIMARY KEY);",
                "DROP TABLE accounts;");
        files.write("cccc00000003", "bbbb00000002", "Add \"quoted\" data", "INSERT INTO users (id) VALUES (1);",
                "DELETE FROM users;");
        new UpgradeCommand(settings(), Output.SILENT).run("bbbb", Set.of());
    }

    private static String object(String id, String message, String parents, String date, boolean head) {
        return "{\"revision\":\"" + id + "\",\"message\":\"" + message + "\",\"parents\":[" + parents
                + "],\"dependsOn\":[],\"branchLabels\":[],\"createDate\":\"2026-11-25 10:00:0" + date + "Z\","
                + "\"file\":\"" + "FILE-" + id + "\",\"head\":" + head + ",\"branchPoint\":false,\"mergePoint\":false";
    }

    /** The JSON with each file path shown as FILE-id, and the applied time, user and host as placeholders. */
    private static String shown(String json) {
        return json.replaceAll("\"file\":\"[^\"]*_([0-9a-f]{12})_test\\.sql\"", "\"file\":\"FILE-$1\"")
                .replaceAll("\"at\":\"[^\"]+\",\"by\":\"[^\"]*\",\"host\":(\"[^\"]*\"|null),\"durationMs\":\\d+",
                        "\"at\":\"AT\",\"by\":\"BY\",\"host\":\"HOST\",\"durationMs\":0");
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void currentIsTheResultAsTextAndAsJson(DatabaseKind kind) {
        atSecondOfThree(kind);
        new CurrentCommand(settings(), out).run(false, ResultFormat.TEXT);
        assertEquals(List.of("the current revisions: bbbb00000002\n"), out.results);
        assertEquals(List.of(), out.log);
        out.clear();

        new CurrentCommand(settings(), out).run(false, ResultFormat.JSON);
        assertEquals(List.of("the current revisions: {\"current\":[" + object("bbbb00000002", "Create accounts",
                "\"aaaa00000001\"", "1", false) + "}]}\n"), out.results.stream().map(ScriptOutputTest::shown).toList());
        out.clear();

        new UpgradeCommand(settings(), Output.SILENT).run("head", Set.of());
        new CurrentCommand(settings(), out).run(false, ResultFormat.TEXT);
        assertEquals(List.of("the current revisions: cccc00000003 (head)\n"), out.results);
        out.clear();

        new DowngradeCommand(settings(), Output.SILENT).run("base", Set.of());
        new CurrentCommand(settings(), out).run(false, ResultFormat.JSON);
        assertEquals(List.of("the current revisions: {\"current\":[]}\n"), out.results);
        assertEquals(List.of("No revision applied: the database is at base."), out.log);
    }

    @Test
    void headsNeedNoDatabase() {
        RevisionFiles files = new RevisionFiles(dir.resolve("versions"));
        files.write("aaaa00000001", "", "Create users", "SELECT 1;", "SELECT 1;");
        files.write("bbbb00000002", "aaaa00000001", "Create accounts", "SELECT 1;", "SELECT 1;");
        new HeadsCommand(settings(), out).run(false, ResultFormat.TEXT);
        assertEquals(List.of("the heads: bbbb00000002 (head)\n"), out.results);
        out.clear();
        new HeadsCommand(settings(), out).run(false, ResultFormat.JSON);
        assertEquals(List.of("the heads: {\"heads\":[" + object("bbbb00000002", "Create accounts",
                "\"aaaa00000001\"", "1", true) + "}]}\n"), out.results.stream().map(ScriptOutputTest::shown).toList());
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void historyRangeMinusThreeClampsAtBaseOnTheDatabase(DatabaseKind kind) {
        atSecondOfThree(kind);
        new HistoryCommand(settings(), out).run("-3:current", false, ResultFormat.TEXT);
        assertEquals(List.of("the history: aaaa00000001 -> bbbb00000002 (current), Create accounts\n"
                + "<base> -> aaaa00000001, Create users\n"), out.results);
        assertEquals(List.of(), out.log);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void historyAsJsonSaysWhatIsCurrentAndWhenEachRevisionWasApplied(DatabaseKind kind) {
        atSecondOfThree(kind);
        new HistoryCommand(settings(), out).run(null, false, ResultFormat.JSON);
        String applied = ",\"applied\":{\"at\":\"AT\",\"by\":\"BY\",\"host\":\"HOST\",\"durationMs\":0,"
                + "\"direction\":\"upgrade\"}}";
        assertEquals(List.of("the history: {\"current\":[\"bbbb00000002\"],\"revisions\":["
                + object("cccc00000003", "Add \\\"quoted\\\" data", "\"bbbb00000002\"", "2", true)
                + ",\"current\":false,\"applied\":null},"
                + object("bbbb00000002", "Create accounts", "\"aaaa00000001\"", "1", false) + ",\"current\":true"
                + applied + ","
                + object("aaaa00000001", "Create users", "", "0", false) + ",\"current\":false" + applied
                + "]}\n"), out.results.stream().map(ScriptOutputTest::shown).toList());
    }

    @Test
    void historyWithoutADatabaseIsAJsonWithNoCurrentAndAPictureWithNoMarks() {
        RevisionFiles files = new RevisionFiles(dir.resolve("versions"));
        files.write("aaaa00000001", "", "Create users", "SELECT 1;", "SELECT 1;");
        files.write("bbbb00000002", "aaaa00000001", "Create accounts", "SELECT 1;", "SELECT 1;");
        new HistoryCommand(settings(), out).run(null, false, ResultFormat.JSON);
        new HistoryCommand(settings(), out).run(null, false, ResultFormat.MERMAID);
        assertEquals("the history: {\"current\":null,\"revisions\":[" + object("bbbb00000002", "Create accounts",
                "\"aaaa00000001\"", "1", true) + ",\"current\":false,\"applied\":null},"
                + object("aaaa00000001", "Create users", "", "0", false) + ",\"current\":false,\"applied\":null}]}\n",
                shown(out.results.get(0)));
        assertEquals("""
                the history: flowchart TD
                    raaaa00000001["aaaa00000001<br/>Create users"]
                    rbbbb00000002["bbbb00000002 (head)<br/>Create accounts"]
                    raaaa00000001 --> rbbbb00000002
                """, out.results.get(1));
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void historyPictureMarksTheCurrentRevision(DatabaseKind kind) {
        atSecondOfThree(kind);
        new HistoryCommand(settings(), out).run(null, false, ResultFormat.DOT);
        assertEquals("""
                the history: digraph revisions {
                    node [shape=box];
                    "aaaa00000001" [label="aaaa00000001\\nCreate users"];
                    "bbbb00000002" [label="bbbb00000002 (current)\\nCreate accounts", penwidth=3];
                    "cccc00000003" [label="cccc00000003 (head)\\nAdd \\"quoted\\" data"];
                    "aaaa00000001" -> "bbbb00000002";
                    "bbbb00000002" -> "cccc00000003";
                }
                """, out.results.get(0));
    }

    @Test
    void standardOutputGetsTheTextAloneWithAFinalNewline() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ResultDestination.stream(new PrintStream(bytes, true, StandardCharsets.UTF_8)).write("the heads", "a\nb",
                out);
        ResultDestination.stream(new PrintStream(bytes, true, StandardCharsets.UTF_8)).write("the heads", "", out);
        assertEquals("a\nb\n", bytes.toString(StandardCharsets.UTF_8));
        assertEquals(List.of(), out.log);
    }

    @Test
    void aFileGetsTheTextAndTheLogNamesIt() throws Exception {
        Path file = dir.resolve("out/current.json");
        ResultDestination.file(file).write("the current revisions", "{\"current\":[]}\n", out);
        assertEquals("{\"current\":[]}\n", Files.readString(file));
        assertEquals(1, out.log.size());
        assertEquals(true, out.log.get(0).startsWith("Wrote the current revisions to "));
        assertEquals(true, out.log.get(0).endsWith("out/current.json"));
    }

    @Test
    void unknownFormat() {
        ErrorCatalogDoc.assertRefused("unknown-format",
                "migrate.format 'xml' is unknown: migrate:history writes text, json, mermaid or dot.",
                () -> ResultFormat.parse("xml", "history", ResultFormat.HISTORY), List::of, m -> m);
    }

    @Test
    void formatNotAvailable() {
        ErrorCatalogDoc.assertRefused("format-not-available",
                "migrate.format 'mermaid' is not available for migrate:current: it writes text or json.",
                () -> ResultFormat.parse("mermaid", "current", ResultFormat.TEXT_AND_JSON), List::of, m -> m);
        assertEquals(ResultFormat.JSON, ResultFormat.parse(" JSON ", "heads", ResultFormat.TEXT_AND_JSON));
        assertEquals(ResultFormat.TEXT, ResultFormat.parse(null, "upgrade", ResultFormat.TEXT_ONLY));
    }
}
