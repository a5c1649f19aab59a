package dev.migrate.revision;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

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
    void postgresAndH2NestBlockCommentsButMariaDbDoesNot() {
        assertEquals(List.of(new Statement("SELECT 1", 1)), pg("SELECT 1 /* a /* b; */ c; */;"));
        assertEquals(List.of(new Statement("SELECT 1", 1)),
                StatementSplitter.split("SELECT 1 /* a /* b; */ c; */;", 1, SqlFlavor.H2, "v.sql"));
        assertEquals(List.of(new Statement("SELECT 1 /* a /* b; */ c", 1), new Statement("*/", 1)),
                StatementSplitter.split("SELECT 1 /* a /* b; */ c; */;", 1, SqlFlavor.MYSQL, "v.sql"));
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
                new Statement("CREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END", 4, "//"),
                new Statement("SELECT 3", 6)),
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

    // ---- what psql, the mariadb client and H2 accept: SQL in, exact statements out ------------------------------

    private static Statement st(String sql, int line) {
        return new Statement(sql, line);
    }

    static Stream<Arguments> lexing() {
        return Stream.of(
                arguments("H2 nests comments: the commented-out DROP does not run", SqlFlavor.H2,
                        "/* outer\n/* inner */\nDROP TABLE a;\n*/\nSELECT 1;",
                        List.of(st("SELECT 1", 5))),
                arguments("PostgreSQL nests comments", SqlFlavor.POSTGRESQL,
                        "/* outer\n/* inner */\nDROP TABLE a;\n*/\nSELECT 1;",
                        List.of(st("SELECT 1", 5))),
                arguments("MariaDB does not nest comments: the first */ ends it", SqlFlavor.MYSQL,
                        "/* outer /* inner */ SELECT 1;\nSELECT 2;",
                        List.of(st("SELECT 1", 1), st("SELECT 2", 2))),
                arguments("MariaDB executable comments are SQL", SqlFlavor.MYSQL,
                        "/*!40101 SET NAMES utf8mb4 */;\nSELECT 1;",
                        List.of(st("/*!40101 SET NAMES utf8mb4 */", 1), st("SELECT 1", 2))),
                arguments("PostgreSQL BEGIN ATOMIC body, with CASE ... END inside, is one statement",
                        SqlFlavor.POSTGRESQL,
                        "CREATE FUNCTION add(a int, b int) RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n  SELECT a + b;\n"
                                + "END;\ncreate or replace procedure p() language sql\nbegin atomic\n"
                                + "  INSERT INTO t VALUES (CASE WHEN true THEN 1 ELSE 2 END);\n"
                                + "  SELECT CASE WHEN x THEN 1 END FROM t;\nend;\nSELECT 1;",
                        List.of(st("CREATE FUNCTION add(a int, b int) RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n"
                                        + "  SELECT a + b;\nEND", 1),
                                st("create or replace procedure p() language sql\nbegin atomic\n"
                                        + "  INSERT INTO t VALUES (CASE WHEN true THEN 1 ELSE 2 END);\n"
                                        + "  SELECT CASE WHEN x THEN 1 END FROM t;\nend", 5),
                                st("SELECT 1", 10))),
                arguments("PostgreSQL CASE ... END outside a routine body ends nothing", SqlFlavor.POSTGRESQL,
                        "SELECT CASE WHEN true THEN 1 END;\nCREATE FUNCTION f() RETURNS int LANGUAGE sql\n"
                                + "RETURN CASE WHEN true THEN 1 END;\nSELECT 2;",
                        List.of(st("SELECT CASE WHEN true THEN 1 END", 1),
                                st("CREATE FUNCTION f() RETURNS int LANGUAGE sql\nRETURN CASE WHEN true THEN 1 END", 2),
                                st("SELECT 2", 4))),
                arguments("PostgreSQL dollar-quoted plpgsql BEGIN ... END is no block to the splitter",
                        SqlFlavor.POSTGRESQL,
                        "CREATE FUNCTION f() RETURNS trigger AS $$\nBEGIN\n  RETURN NEW;\nEND;\n$$ LANGUAGE plpgsql;\n"
                                + "DO $$ BEGIN PERFORM 1; END $$;\nSELECT 3;",
                        List.of(st("CREATE FUNCTION f() RETURNS trigger AS $$\nBEGIN\n  RETURN NEW;\nEND;\n$$ "
                                + "LANGUAGE plpgsql", 1), st("DO $$ BEGIN PERFORM 1; END $$", 6), st("SELECT 3", 7))),
                arguments("PostgreSQL CREATE RULE ... DO ALSO (a; b) is one statement", SqlFlavor.POSTGRESQL,
                        "CREATE RULE r AS ON INSERT TO t DO ALSO (\n  INSERT INTO log VALUES (NEW.id);\n"
                                + "  UPDATE c SET n = n + 1\n);\n"
                                + "CREATE RULE s AS ON DELETE TO t DO INSTEAD (DELETE FROM u; NOTIFY t);\nSELECT 1;",
                        List.of(st("CREATE RULE r AS ON INSERT TO t DO ALSO (\n  INSERT INTO log VALUES (NEW.id);\n"
                                        + "  UPDATE c SET n = n + 1\n)", 1),
                                st("CREATE RULE s AS ON DELETE TO t DO INSTEAD (DELETE FROM u; NOTIFY t)", 5),
                                st("SELECT 1", 6))),
                arguments("PostgreSQL words that only look like BEGIN", SqlFlavor.POSTGRESQL,
                        "CREATE TABLE begin_end (\"begin\" int, begins int);\nSELECT 'BEGIN ATOMIC' AS begin;",
                        List.of(st("CREATE TABLE begin_end (\"begin\" int, begins int)", 1),
                                st("SELECT 'BEGIN ATOMIC' AS begin", 2))),
                arguments("MariaDB DELIMITER statements keep their terminator", SqlFlavor.MYSQL,
                        "DELIMITER $$\nCREATE PROCEDURE p()\nBEGIN\n  SELECT 1;\nEND$$\n"
                                + "BEGIN NOT ATOMIC\n  SELECT 2;\nEND$$\nDELIMITER ;\nSELECT 3;",
                        List.of(new Statement("CREATE PROCEDURE p()\nBEGIN\n  SELECT 1;\nEND", 2, "$$"),
                                new Statement("BEGIN NOT ATOMIC\n  SELECT 2;\nEND", 6, "$$"), st("SELECT 3", 10))),
                arguments("MariaDB routines without a compound body need no DELIMITER", SqlFlavor.MYSQL,
                        "CREATE FUNCTION f() RETURNS INT RETURN (SELECT begin FROM t);\n"
                                + "CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW SET NEW.begin = 1;\n"
                                + "CREATE PROCEDURE nothing() BEGIN END;\nCREATE TABLE b (begin INT, end INT);",
                        List.of(st("CREATE FUNCTION f() RETURNS INT RETURN (SELECT begin FROM t)", 1),
                                st("CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW SET NEW.begin = 1", 2),
                                st("CREATE PROCEDURE nothing() BEGIN END", 3),
                                st("CREATE TABLE b (begin INT, end INT)", 4))),
                arguments("H2 and MariaDB split inside parentheses, as their clients do", SqlFlavor.H2,
                        "SELECT (1;\nSELECT 2);",
                        List.of(st("SELECT (1", 1), st("SELECT 2)", 2))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void lexing(String name, SqlFlavor flavor, String sql, List<Statement> expected) {
        assertEquals(expected, StatementSplitter.split(sql, 1, flavor, "v.sql"));
    }

    private static Section upgrade(String sql, boolean transactional) {
        return new Section("upgrade", sql, 8, transactional, "v.sql");
    }

    static Stream<Arguments> transactionControl() {
        return Stream.of(
                arguments(SqlFlavor.POSTGRESQL, "COMMIT", true),
                arguments(SqlFlavor.POSTGRESQL, "commit work", true),
                arguments(SqlFlavor.POSTGRESQL, "ROLLBACK", true),
                arguments(SqlFlavor.POSTGRESQL, "ROLLBACK TO SAVEPOINT s", true),
                arguments(SqlFlavor.POSTGRESQL, "BEGIN", true),
                arguments(SqlFlavor.POSTGRESQL, "BEGIN ISOLATION LEVEL SERIALIZABLE", true),
                arguments(SqlFlavor.POSTGRESQL, "START TRANSACTION", true),
                arguments(SqlFlavor.POSTGRESQL, "END", true),
                arguments(SqlFlavor.POSTGRESQL, "ABORT", true),
                arguments(SqlFlavor.POSTGRESQL, "SAVEPOINT s", true),
                arguments(SqlFlavor.POSTGRESQL, "RELEASE s", true),
                arguments(SqlFlavor.POSTGRESQL, "PREPARE TRANSACTION 'x'", true),
                arguments(SqlFlavor.POSTGRESQL, "COMMIT PREPARED 'x'", true),
                arguments(SqlFlavor.POSTGRESQL, "/* why */ COMMIT", true),
                arguments(SqlFlavor.POSTGRESQL, "PREPARE q AS SELECT 1", false),
                arguments(SqlFlavor.POSTGRESQL, "SET TRANSACTION ISOLATION LEVEL SERIALIZABLE", false),
                arguments(SqlFlavor.POSTGRESQL, "LOCK TABLE t IN EXCLUSIVE MODE", false),
                arguments(SqlFlavor.POSTGRESQL, "DO $$ BEGIN PERFORM 1; END $$", false),
                arguments(SqlFlavor.POSTGRESQL, "CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; "
                        + "END", false),
                arguments(SqlFlavor.POSTGRESQL, "SELECT CASE WHEN true THEN 1 END", false),
                arguments(SqlFlavor.POSTGRESQL, "UPDATE t SET \"end\" = 1", false),
                arguments(SqlFlavor.MYSQL, "START TRANSACTION", true),
                arguments(SqlFlavor.MYSQL, "BEGIN WORK", true),
                arguments(SqlFlavor.MYSQL, "COMMIT", true),
                arguments(SqlFlavor.MYSQL, "ROLLBACK", true),
                arguments(SqlFlavor.MYSQL, "SAVEPOINT s", true),
                arguments(SqlFlavor.MYSQL, "RELEASE SAVEPOINT s", true),
                arguments(SqlFlavor.MYSQL, "XA START 'x'", true),
                arguments(SqlFlavor.MYSQL, "SET autocommit = 1", true),
                arguments(SqlFlavor.MYSQL, "SET SESSION autocommit = 1", true),
                arguments(SqlFlavor.MYSQL, "DELIMITER //\nBEGIN NOT ATOMIC SELECT 1; END//\nDELIMITER ;", false),
                arguments(SqlFlavor.MYSQL, "LOCK TABLES t WRITE", false),
                arguments(SqlFlavor.MYSQL, "PREPARE s FROM 'SELECT 1'", false),
                arguments(SqlFlavor.H2, "COMMIT", true),
                arguments(SqlFlavor.H2, "BEGIN TRANSACTION", true),
                arguments(SqlFlavor.H2, "ROLLBACK TO SAVEPOINT s", true),
                arguments(SqlFlavor.H2, "PREPARE COMMIT x", true),
                arguments(SqlFlavor.H2, "SET AUTOCOMMIT TRUE", true),
                arguments(SqlFlavor.H2, "SELECT CASE WHEN TRUE THEN 1 END", false));
    }

    @ParameterizedTest(name = "{0}: {1} refused: {2}")
    @MethodSource
    void transactionControl(SqlFlavor flavor, String statement, boolean refused) {
        String sql = "CREATE TABLE a (id INT);\n" + statement + ";\nCREATE TABLE b (id INT);";
        if (refused) {
            TransactionControlException e = assertThrows(TransactionControlException.class,
                    () -> upgrade(sql, true).statements(flavor));
            assertEquals(9, e.line());
        } else {
            upgrade(sql, true).statements(flavor);
        }
        upgrade(sql, false).statements(flavor); // transaction=false: the user controls transactions
    }

    @Test
    void transactionControlIsRefusedWithTheFileLineAndTheMarkerToWrite() {
        assertEquals("v.sql:9: 'COMMIT' is transaction control, which a section may hold only when its marker says "
                        + "transaction=false: otherwise the plugin begins and ends the revision's transactions itself. "
                        + "Remove the statement, or change the marker on line 7 to '-- migrate:upgrade "
                        + "transaction=false' to run the section's statements as written, outside the plugin's "
                        + "transaction",
                assertThrows(TransactionControlException.class,
                        () -> upgrade("CREATE TABLE a (id INT);\nCOMMIT;\n", true).statements(SqlFlavor.POSTGRESQL))
                        .getMessage());
        assertEquals("v.sql:4: 'ROLLBACK TO SAVEPOINT before_the_big_update_of_the_accoun...' is transaction "
                        + "control, which a section may hold only when its marker says transaction=false: otherwise "
                        + "the plugin begins and ends the revision's transactions itself. Remove the statement, or "
                        + "change the marker on line 2 to '-- migrate:downgrade transaction=false' to run the "
                        + "section's statements as written, outside the plugin's transaction",
                assertThrows(TransactionControlException.class, () -> new Section("downgrade",
                        "\nROLLBACK TO SAVEPOINT before_the_big_update_of_the_accounts_table\n  AND MORE;", 3, true,
                        "v.sql").statements(SqlFlavor.H2)).getMessage());
    }

    @Test
    void clientCommandsAreRefusedWithWhatToWriteInstead() {
        assertEquals("v.sql:2: '\\i' is a command of the psql client, not SQL, and the plugin sends revisions to the "
                        + "database without a client; copy the statements of the file it reads into the revision",
                assertThrows(ClientCommandException.class, () -> pg("SELECT 1;\n\\i more.sql\nSELECT 2;"))
                        .getMessage());
        assertEquals("v.sql:1: '\\copy' is a command of the psql client, not SQL, and the plugin sends revisions to "
                        + "the database without a client; load the rows with INSERT statements (or COPY ... FROM a "
                        + "file on the database server)",
                assertThrows(ClientCommandException.class, () -> pg("\\copy t from 'rows.csv' csv")).getMessage());
        assertEquals("v.sql:3: '\\set' is a command of the psql client, not SQL, and the plugin sends revisions to "
                        + "the database without a client; write the values into the SQL itself",
                assertThrows(ClientCommandException.class, () -> pg("-- settings\n\n\\set n 3\n")).getMessage());
        assertEquals("v.sql:1: '\\.' is a command of the mariadb client, not SQL, and the plugin sends revisions to "
                        + "the database without a client; copy the statements of the file it reads into the revision",
                assertThrows(ClientCommandException.class, () -> StatementSplitter.split("\\. more.sql", 1,
                        SqlFlavor.MYSQL, "v.sql")).getMessage());
        assertEquals("v.sql:1: '\\connect' is a command of a command-line client, not SQL, and the plugin sends "
                        + "revisions to the database without a client; write the SQL it stands for instead",
                assertThrows(ClientCommandException.class, () -> StatementSplitter.split("\\connect other", 1,
                        SqlFlavor.H2, "v.sql")).getMessage());
        // a backslash inside a statement is the database's business
        assertEquals(List.of(st("SELECT E'\\\\i'", 1)), pg("SELECT E'\\\\i';"));
    }

    @Test
    void aMariaDbCompoundStatementWithoutDelimiterIsRefusedAtItsFirstLine() {
        String expected = "v.sql:2: this compound statement (BEGIN ... END) would be cut at the first ';' inside it; "
                + "as for the mariadb client, write 'DELIMITER //' on the line before it, end it with 'END//' and "
                + "write 'DELIMITER ;' after it";
        for (String compound : List.of("CREATE PROCEDURE p()\nBEGIN\n  SELECT 1;\nEND;",
                "CREATE DEFINER = CURRENT_USER TRIGGER t BEFORE INSERT ON a FOR EACH ROW BEGIN\n  SET NEW.x = 1;\nEND;",
                "create or replace function f() returns int\nbegin\n  return 1;\nend;",
                "BEGIN NOT ATOMIC\n  SELECT 1;\nEND;")) {
            assertEquals(expected, assertThrows(MissingDelimiterException.class, () -> StatementSplitter.split(
                    "CREATE TABLE a (id INT);\n" + compound, 1, SqlFlavor.MYSQL, "v.sql")).getMessage(), compound);
        }
    }
}
