package dev.migrate.revision;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StatementSplitterTest {

    private static List<Statement> pg(String text) {
        return StatementSplitter.split(text, 1, SqlFlavor.POSTGRESQL, "v.sql");
    }

    @Test
    void splitsAtSemicolonsAndKeepsEachStatementsFirstLine() {
        assertEquals(List.of(new Statement("CREATE TABLE a (id INT)", 1), new Statement("INSERT INTO a VALUES (1)", 3)),
                pg("CREATE TABLE a (id INT);\n\nINSERT INTO a VALUES (1);\n"));
    }

    @Test
    void leadingCommentsAreDroppedAndTheLineIsThatOfTheFirstToken() {
        assertEquals(List.of(new Statement("SELECT 1", 3)), pg("-- a comment; with a semicolon\n/* block; */\nSELECT 1;"));
    }

    @Test
    void semicolonsInsideStringsIdentifiersAndCommentsDoNotSplit() {
        assertEquals(List.of(
                new Statement("INSERT INTO t VALUES ('a;b', 'it''s; fine')", 1),
                new Statement("SELECT \"weird;col\" FROM t -- trailing; comment\nWHERE x = 1", 2)),
                pg("INSERT INTO t VALUES ('a;b', 'it''s; fine');\nSELECT \"weird;col\" FROM t -- trailing; comment\n"
                        + "WHERE x = 1;"));
    }

    @Test
    void postgresEscapeStringsTakeBackslashEscapes() {
        assertEquals(List.of(new Statement("SELECT E'it\\'s;'", 1), new Statement("SELECT 2", 1)),
                pg("SELECT E'it\\'s;'; SELECT 2;"));
    }

    @Test
    void postgresNestsBlockCommentsButH2DoesNot() {
        assertEquals(List.of(new Statement("SELECT 1", 1)), pg("SELECT 1 /* a /* b; */ c; */;"));
        assertEquals(List.of(new Statement("SELECT 1 /* a /* b; */ c", 1), new Statement("*/", 1)),
                StatementSplitter.split("SELECT 1 /* a /* b; */ c; */;", 1, SqlFlavor.H2, "v.sql"));
    }

    @Test
    void dollarQuotedBodiesKeepTheirSemicolonsAndNewlines() {
        String function = "CREATE FUNCTION f() RETURNS int AS $body$\nBEGIN\n  RETURN 1;\nEND;\n$body$ LANGUAGE plpgsql";
        assertEquals(List.of(new Statement(function, 2), new Statement("SELECT $$a;b$$", 7)),
                pg("\n" + function + ";\nSELECT $$a;b$$;"));
    }

    @Test
    void positionalParametersAndDollarsInIdentifiersAreNotQuotes() {
        assertEquals(List.of(new Statement("PREPARE p AS SELECT $1 + a$b", 1), new Statement("SELECT 2", 1)),
                pg("PREPARE p AS SELECT $1 + a$b; SELECT 2;"));
    }

    @Test
    void mysqlHasBackticksHashCommentsBackslashEscapesAndDelimiterLines() {
        String script = "# comment; here\nINSERT INTO `a;b` VALUES ('it\\'s;');\nDELIMITER //\n"
                + "CREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END//\nDELIMITER ;\nSELECT 3;";
        assertEquals(List.of(new Statement("INSERT INTO `a;b` VALUES ('it\\'s;')", 2),
                new Statement("CREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END", 4), new Statement("SELECT 3", 6)),
                StatementSplitter.split(script, 1, SqlFlavor.MYSQL, "v.sql"));
    }

    @Test
    void mysqlDoubleQuotesAreStringsWithBackslashEscapesAndDoubleDashNeedsASpace() {
        String script = "INSERT INTO t VALUES (\"a\\\";b\");\nSELECT 1--1;\nSELECT 2 -- real comment; still\n;";
        assertEquals(List.of(new Statement("INSERT INTO t VALUES (\"a\\\";b\")", 1), new Statement("SELECT 1--1", 2),
                new Statement("SELECT 2", 3)), StatementSplitter.split(script, 1, SqlFlavor.MYSQL, "v.sql"));
    }

    @Test
    void crlfLineEndingsCountLinesTheSame() {
        assertEquals(List.of(new Statement("SELECT 1", 1), new Statement("SELECT 2", 3)),
                pg("SELECT 1;\r\n\r\nSELECT 2;\r\n"));
    }

    @Test
    void aTrailingStatementWithoutSemicolonIsKeptAndEmptyOnesAreDropped() {
        assertEquals(List.of(new Statement("SELECT 1", 1), new Statement("SELECT 2", 2)),
                pg("SELECT 1;;  ;\nSELECT 2\n-- the end\n"));
        assertEquals(List.of(), pg("-- only a comment\n\n"));
    }

    @Test
    void firstLineShiftsEveryLineNumber() {
        assertEquals(List.of(new Statement("SELECT 1", 12)), StatementSplitter.split("\nSELECT 1;", 11,
                SqlFlavor.POSTGRESQL, "v.sql"));
    }

    @Test
    void unterminatedLiteralsNameTheSourceAndTheirStartLine() {
        assertEquals("v.sql:2: unterminated string literal starting at line 2; close it (inside a literal, a quote "
                        + "is written twice: 'it''s') and run the goal again",
                assertThrows(SqlSyntaxException.class, () -> pg("SELECT 1;\nSELECT 'oops;\n")).getMessage());
        assertEquals("v.sql:1: unterminated quoted identifier starting at line 1; close it with \" (inside it, \" is "
                        + "written twice) and run the goal again",
                assertThrows(SqlSyntaxException.class, () -> pg("SELECT \"x")).getMessage());
        assertEquals("v.sql:3: unterminated block comment starting at line 3; end it with */ and run the goal again",
                assertThrows(SqlSyntaxException.class, () -> pg("\n\n/* never closed")).getMessage());
        assertEquals("v.sql:1: unterminated dollar-quoted string $body$ starting at line 1; close it with $body$ and run "
                        + "the goal again",
                assertThrows(SqlSyntaxException.class, () -> pg("DO $body$ BEGIN")).getMessage());
    }
}
