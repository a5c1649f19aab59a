package dev.migrate.revision;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** What the checksum of a section sees: layout outside quotes does not count, quoted text and line breaks do. */
class ChecksumTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "spaces inside a line      | CREATE TABLE t (id INT);        | CREATE   TABLE\tt (id  INT);",
        "indentation and trailing  | CREATE TABLE t (\\n  id INT\\n); | CREATE TABLE t (\\n      id INT   \\n);  ",
        "blank lines               | A;\\nB;                          | \\n\\nA;\\n\\n\\n   \\nB;\\n\\n",
        "CRLF and lone CR          | A;\\nB;\\nC;                     | A;\\r\\nB;\\rC;",
        "comment layout            | -- a b\\nA; /* x\\n y */          | --   a   b   \\n A;   /*  x  \\n\\n   y */",
        "CRLF inside a literal     | SELECT 'a\\nb';                  | SELECT 'a\\r\\nb';",
    })
    void layoutIsNoEdit(String name, String original, String edited) {
        assertEquals(ChecksumText.of(unescape(original)), ChecksumText.of(unescape(edited)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "spaces in a literal          | SELECT 'a b';                 | SELECT 'a  b';",
        "spaces in an identifier      | SELECT \"a b\";               | SELECT \"a  b\";",
        "spaces in a backtick name    | SELECT `a b`;                 | SELECT `a  b`;",
        "spaces in a dollar quote     | SELECT $f$a b$f$;             | SELECT $f$a  b$f$;",
        "lone CR in a literal         | SELECT 'a\\nb';               | SELECT 'a\\rb';",
        "joining lines                | -- note\\nDROP TABLE t;       | -- note DROP TABLE t;",
        "a comment's words            | -- keep t\\nA;                | -- drop t\\nA;",
        "after a backslash, as written| SELECT 'a\\\\' , 'b c';       | SELECT 'a\\\\' , 'b  c';",
        "after a # comment, as written| SELECT 1 # 'x\\nSELECT 'a b'; | SELECT 1 # 'x\\nSELECT 'a  b';",
        "a nested comment, as written | /* /* */ */ SELECT 'a b';     | /* /* */ */ SELECT 'a  b';",
        "spaces that separate         | SELECT ab;                    | SELECT a b;",
    })
    void quotedTextLineBreaksAndWordsAreAnEdit(String name, String original, String edited) {
        assertNotEquals(ChecksumText.of(unescape(original)), ChecksumText.of(unescape(edited)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "statements  | \\n  CREATE  TABLE t (\\n    id INT  -- key\\n  );\\n\\n | CREATE TABLE t (\\nid INT -- key\\n);",
        "literal     | SELECT  'a  b',   \"C  d\" | SELECT 'a  b', \"C  d\"",
    })
    void normalisedTextIsExact(String name, String text, String expected) {
        assertEquals(unescape(expected), ChecksumText.of(unescape(text)));
    }

    private static String unescape(String s) {
        return s.replace("\\\\", "\u0000").replace("\\n", "\n").replace("\\r", "\r").replace("\\t", "\t")
                .replace("\u0000", "\\");
    }
}
