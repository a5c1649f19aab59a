package dev.migrate.command;

import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.RecordingOutput;
import dev.migrate.testing.RevisionFiles;
import dev.migrate.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A carriage return inside a string literal is data: it reaches the database as the file has it. */
class LiteralLineEndingsTest {

    @TempDir
    Path dir;
    private TestDatabase db;

    @AfterEach
    void drop() {
        if (db != null) {
            db.close();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aCarriageReturnInsideALiteralIsKeptAsWritten(DatabaseKind kind) {
        db = TestDatabase.create(kind);
        RevisionFiles files = new RevisionFiles(dir.resolve("versions"));
        files.write("aaaa00000001", "", "Notes", "CREATE TABLE notes (id INT PRIMARY KEY, body VARCHAR(20));\n"
                + "INSERT INTO notes VALUES (1, 'a\rb');\r\nINSERT INTO notes VALUES (2, 'c\r\nd');\r"
                + "INSERT INTO notes VALUES (3, 'e\nf');", "DROP TABLE notes;");

        new UpgradeCommand(new MigrateSettings(db.settings(), dir.resolve("versions"), null, null,
                Duration.ofSeconds(20)), new RecordingOutput()).run("head", Set.of());

        assertEquals(List.of("a\rb", "c\r\nd", "e\nf"), db.column("select body from notes order by id"));
    }
}
