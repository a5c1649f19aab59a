package dev.migrate.command;

import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.EntityCompiler;
import dev.migrate.testing.RecordingOutput;
import dev.migrate.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The spelling scenario's revisions (scenarios/spelling, whose schemas {@link AutogenerateScenarioTest} checks)
 * write checks and defaults in Hibernate's own words and each column name quoted alike everywhere.
 */
class RevisionSpellingTest {

    private static final Path SCENARIO = Path.of("src/test/resources/scenarios/spelling");

    @TempDir
    Path dir;
    private TestDatabase db;
    private final RecordingOutput out = new RecordingOutput();

    @AfterEach
    void drop() {
        if (db != null) {
            db.close();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void upgradesWriteChecksAndDefaultsInHibernatesWordsAndNamesAlike(DatabaseKind kind) throws Exception {
        db = TestDatabase.create(kind);
        MigrateSettings settings = new MigrateSettings(db.settings(), dir.resolve("versions"), null, null,
                Duration.ofSeconds(30));
        String first = revision(settings, "v1");
        new UpgradeCommand(settings, out).run("head", Set.of());
        String second = revision(settings, "v2");
        for (String expected : expected(kind)) {
            assertTrue((first + second).contains(expected), () -> "no '" + expected + "' in:\n" + first + "\n"
                    + second);
        }
        for (String catalogSpelling : List.of("::", "ANY (ARRAY", "\"TIER\"", "\"STATE\"", "`state`")) {
            assertFalse(upgrade(first + second).contains(catalogSpelling), () -> catalogSpelling + " in:\n" + first
                    + "\n" + second);
        }
    }

    /** The upgrade sections: downgrades re-create what the live database holds, in its spelling. */
    private static String upgrade(String revisions) {
        return revisions.replaceAll("(?s)-- migrate:downgrade.*?(?=-- migrate:upgrade|$)", "");
    }

    private String revision(MigrateSettings settings, String version) throws Exception {
        Path classes = EntityCompiler.compile(SCENARIO.resolve(version), dir.resolve("classes-" + version));
        EntityOptions entities = new EntityOptions(EntityCompiler.settings(classes, "jpa"), List.of());
        // about spelling, not locks: the plain form (OnlineRevisionTest covers the online one)
        return Files.readString(new RevisionCommand(settings, entities, out).run(new RevisionOptions(version, true,
                null, null, null, null).online(false)).orElseThrow());
    }

    private static List<String> expected(DatabaseKind kind) {
        return switch (kind) {
            case POSTGRESQL -> List.of(
                    "    \"DisplayName\" character varying(80),\n",
                    "    state character varying(20) DEFAULT 'open',\n",
                    "    CONSTRAINT \"ledger_AccountKind_check\" CHECK (\"AccountKind\" in ('CHECKING','SAVINGS')),\n",
                    "    CONSTRAINT ledger_order_check CHECK (\"order\" between 0 and 2),\n",
                    "    CONSTRAINT ledger_state_check CHECK (length(state) > 1),\n",
                    "    CONSTRAINT ledger_tier_check CHECK (tier between 0 and 2)\n",
                    "CREATE INDEX ledger_display_idx ON ledger (\"DisplayName\");\n",
                    "ALTER TABLE ledger ADD COLUMN cap numeric(12,2) DEFAULT 100.00;\n",
                    "ALTER TABLE ledger ALTER COLUMN state SET DEFAULT 'closed';\n",
                    "ALTER TABLE ledger ADD CONSTRAINT \"ledger_AccountKind_check\" CHECK (\"AccountKind\" in "
                            + "('CHECKING','SAVINGS','BROKERAGE'));\n",
                    "ALTER TABLE ledger ADD CONSTRAINT ledger_cap_check CHECK (cap >= 0);\n");
            case H2 -> List.of(
                    "CREATE TABLE ledger (\n    \"order\" TINYINT,\n    tier TINYINT,\n    id BIGINT NOT NULL,\n",
                    "    state CHARACTER VARYING(20) DEFAULT 'open',\n",
                    " CHECK (\"order\" between 0 and 2),\n",
                    " CHECK (tier between 0 and 2),\n",
                    " CHECK (length(state) > 1)\n",
                    "CREATE INDEX ledger_display_idx ON ledger (\"DisplayName\");\n",
                    "ALTER TABLE ledger ADD COLUMN cap NUMERIC(12, 2) DEFAULT 100.00;\n",
                    "ALTER TABLE ledger ALTER COLUMN state SET DEFAULT 'closed';\n",
                    " CHECK (cap >= 0);\n");
            case MARIADB -> List.of(
                    "    `order` tinyint(4),\n",
                    "    CONSTRAINT CONSTRAINT_1 CHECK (length(state) > 1),\n",
                    "    CONSTRAINT `order` CHECK (`order` between 0 and 2),\n",
                    "    CONSTRAINT tier CHECK (tier between 0 and 2)\n",
                    "ALTER TABLE Ledger ADD COLUMN cap decimal(12,2) DEFAULT 100.00;\n",
                    "ALTER TABLE Ledger MODIFY COLUMN state varchar(20) DEFAULT 'closed';\n",
                    "ALTER TABLE Ledger ADD CONSTRAINT cap CHECK (cap >= 0);\n");
        };
    }
}
