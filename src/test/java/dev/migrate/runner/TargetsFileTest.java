package dev.migrate.runner;

import dev.migrate.MigrateException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.migrate.testing.ErrorCatalogDoc.assertDocumented;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The targets file of a database-per-tenant fleet: its lines, comments, and errors that name file and line. */
class TargetsFileTest {

    @TempDir
    Path dir;

    @Test
    void readsUrlsAndServerIdsSkippingCommentsAndBlankLines() {
        List<Tenant> tenants = TargetsFile.parse("fleet.txt", List.of(
                "# tenants of region eu", "", "jdbc:postgresql://db1:5432/acme",
                "  prod-eu=jdbc:postgresql://db2:5432/globex  ", "jdbc:mariadb://db3/initech?password=s3cret"));
        assertEquals(List.of(
                new Tenant("jdbc:postgresql://db1:5432/acme", null, "jdbc:postgresql://db1:5432/acme", null),
                new Tenant("jdbc:postgresql://db2:5432/globex", null, "jdbc:postgresql://db2:5432/globex", "prod-eu"),
                new Tenant("jdbc:mariadb://db3/initech?password=***", null,
                        "jdbc:mariadb://db3/initech?password=s3cret", null)), tenants);
    }

    @Test
    void aLineThatIsNoJdbcUrlIsNamedByFileAndLine() {
        MigrateException e = assertThrows(MigrateException.class, () -> TargetsFile.parse("fleet.txt",
                List.of("jdbc:postgresql://db1/acme", "", "postgres://db2/globex")));
        assertDocumented("targets-file-line", e.getMessage());
        assertEquals("fleet.txt:3: 'postgres://db2/globex' is not a JDBC URL. Write one JDBC URL "
                + "(jdbc:postgresql://host/db) or serverId=jdbc:... per line; '#' starts a comment line.",
                e.getMessage());
    }

    @Test
    void aBadServerIdIsNamedByFileAndLine() {
        MigrateException e = assertThrows(MigrateException.class, () -> TargetsFile.parse("fleet.txt",
                List.of("prod eu=jdbc:postgresql://db1/acme")));
        assertEquals("fleet.txt:1: 'prod eu' is not a server id of settings.xml (letters, digits, '.', '_' and '-')."
                + " Write one JDBC URL (jdbc:postgresql://host/db) or serverId=jdbc:... per line; '#' starts a "
                + "comment line.", e.getMessage());
    }

    @Test
    void aDatabaseListedTwiceIsRefused() {
        MigrateException e = assertThrows(MigrateException.class, () -> TargetsFile.parse("fleet.txt",
                List.of("jdbc:h2:mem:a", "# again", "ops=jdbc:h2:mem:a")));
        assertDocumented("targets-file-duplicate", e.getMessage());
        assertEquals("fleet.txt:3: jdbc:h2:mem:a is already on line 1; list each database once.", e.getMessage());
    }

    @Test
    void anEmptyOrMissingFileIsRefused() throws IOException {
        Path empty = Files.writeString(dir.resolve("fleet.txt"), "# nothing yet\n\n");
        assertEquals("migrate.targetsFile " + empty + " lists no database: write one JDBC URL (or "
                + "serverId=jdbc:...) per line.", assertThrows(MigrateException.class,
                        () -> TargetsFile.read(empty)).getMessage());
        Path missing = dir.resolve("missing.txt");
        assertEquals("Cannot read migrate.targetsFile " + missing + ": it does not exist. Give a file with one JDBC "
                + "URL (or serverId=jdbc:...) per line.", assertThrows(MigrateException.class,
                        () -> TargetsFile.read(missing)).getMessage());
    }
}
