package dev.migrate.command;

import dev.migrate.MigrateException;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.EntityCompiler;
import dev.migrate.testing.RecordingOutput;
import dev.migrate.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * {@code revision} on PostgreSQL writes changes on existing tables in the online-safe form by default, reaching the
 * catalog the plain form reaches, up and down; {@code online=false} writes the plain form; MariaDB and H2 get the
 * plain form either way.
 */
class OnlineRevisionTest {

    private static final String V1_CUSTOMER = """
            package app;

            import jakarta.persistence.*;

            @Entity
            public class Customer {
                @Id
                private Long id;
                private String email;
                private String nickname;
                private Integer rating;
            }
            """;
    private static final String V1_PURCHASE = """
            package app;

            import jakarta.persistence.*;

            @Entity
            public class Purchase {
                @Id
                private Long id;
                @Column(name = "customer_id")
                private Long customerId;
            }
            """;
    private static final String V2_CUSTOMER = """
            package app;

            import jakarta.persistence.*;

            @Entity
            @Table(indexes = @Index(name = "ix_customer_nickname", columnList = "nickname"),
                    uniqueConstraints = @UniqueConstraint(name = "customer_email_key", columnNames = "email"))
            @org.hibernate.annotations.Check(name = "customer_rating_check", constraints = "rating >= 0")
            public class Customer {
                @Id
                private Long id;
                @Column(nullable = false)
                private String email;
                private String nickname;
                private Integer rating;
            }
            """;
    private static final String V2_PURCHASE = """
            package app;

            import jakarta.persistence.*;

            @Entity
            public class Purchase {
                @Id
                private Long id;
                @ManyToOne
                @JoinColumn(name = "customer_id", foreignKey = @ForeignKey(name = "fk_purchase_customer"))
                private Customer customer;
            }
            """;
    private static final String V2_REVIEW = """
            package app;

            import jakarta.persistence.*;

            @Entity
            @Table(indexes = @Index(name = "ix_review_customer", columnList = "customer_id"))
            public class Review {
                @Id
                private Long id;
                @ManyToOne
                @JoinColumn(name = "customer_id", foreignKey = @ForeignKey(name = "fk_review_customer"))
                private Customer customer;
            }
            """;

    /** The upgrade and downgrade of v1 -> v2 on PostgreSQL in the online-safe form, as the revision file has them. */
    static final String ONLINE_SECTIONS = """
            -- migrate:upgrade transaction=false
            SET lock_timeout = '5s';

            CREATE TABLE review (
                customer_id bigint,
                id bigint NOT NULL,
                CONSTRAINT review_pkey PRIMARY KEY (id)
            );
            CREATE INDEX ix_review_customer ON review (customer_id);

            -- WARNING: makes customer.email NOT NULL: this fails if any row holds NULL there (backfill first)
            ALTER TABLE customer ADD CONSTRAINT customer_email_not_null_check CHECK (email IS NOT NULL) NOT VALID;
            ALTER TABLE customer VALIDATE CONSTRAINT customer_email_not_null_check;
            ALTER TABLE customer ALTER COLUMN email SET NOT NULL;
            ALTER TABLE customer DROP CONSTRAINT customer_email_not_null_check;

            -- WARNING: fails if existing rows of customer repeat a value of [email]
            CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS customer_email_key ON customer (email);
            ALTER TABLE customer ADD CONSTRAINT customer_email_key UNIQUE USING INDEX customer_email_key;

            -- WARNING: fails if existing rows of customer violate the check rating >= 0
            ALTER TABLE customer ADD CONSTRAINT customer_rating_check CHECK (rating >= 0) NOT VALID;
            ALTER TABLE customer VALIDATE CONSTRAINT customer_rating_check;

            CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_customer_nickname ON customer (nickname);

            ALTER TABLE purchase ADD CONSTRAINT fk_purchase_customer FOREIGN KEY (customer_id) REFERENCES customer (id) NOT VALID;
            ALTER TABLE purchase VALIDATE CONSTRAINT fk_purchase_customer;

            ALTER TABLE review ADD CONSTRAINT fk_review_customer FOREIGN KEY (customer_id) REFERENCES customer (id);

            RESET lock_timeout;

            -- migrate:downgrade transaction=false
            SET lock_timeout = '5s';

            ALTER TABLE review DROP CONSTRAINT fk_review_customer;

            ALTER TABLE purchase DROP CONSTRAINT fk_purchase_customer;

            DROP INDEX CONCURRENTLY IF EXISTS ix_customer_nickname;

            ALTER TABLE customer DROP CONSTRAINT customer_rating_check;

            ALTER TABLE customer DROP CONSTRAINT customer_email_key;

            ALTER TABLE customer ALTER COLUMN email DROP NOT NULL;

            -- WARNING: drops table review and all its rows
            DROP TABLE review;

            RESET lock_timeout;
            """;

    @TempDir
    Path dir;
    private final RecordingOutput out = new RecordingOutput();

    private EntityOptions entities(String version, String... sources) throws IOException {
        Path root = dir.resolve("src-" + version);
        Path app = Files.createDirectories(root.resolve("app"));
        for (String source : sources) {
            String name = source.substring(source.indexOf("public class ") + 13).split("\\s")[0];
            Files.writeString(app.resolve(name + ".java"), source);
        }
        Path classes = EntityCompiler.compile(root, dir.resolve("classes-" + version));
        return new EntityOptions(EntityCompiler.settings(classes, "jpa"), List.of());
    }

    private MigrateSettings settings(TestDatabase db, String folder) {
        return new MigrateSettings(db.settings(), dir.resolve(folder), null, null, Duration.ofSeconds(30));
    }

    /** The database at v1 with rows in both tables, and the v2 revision written with {@code options}. */
    private String secondRevision(TestDatabase db, String folder, RevisionOptions options) throws IOException {
        MigrateSettings settings = settings(db, folder);
        new RevisionCommand(settings, entities("v1", V1_CUSTOMER, V1_PURCHASE), out)
                .run(new RevisionOptions("v1", true, null, "aaaa00000001", null, null));
        new UpgradeCommand(settings, out).run("head", Set.of());
        db.execute("INSERT INTO " + table(db, "customer") + " (id, email, nickname, rating) VALUES (1, 'a@x', 'a', 5)",
                "INSERT INTO " + table(db, "purchase") + " (id, customer_id) VALUES (1, 1)");
        out.clear();
        Path file = new RevisionCommand(settings, entities("v2", V2_CUSTOMER, V2_PURCHASE, V2_REVIEW), out)
                .run(options).orElseThrow();
        return Files.readString(file);
    }

    private static String table(TestDatabase db, String name) {
        // Hibernate names the tables after the entities; only MariaDB keeps the case of an unquoted name
        String stored = db.kind() == DatabaseKind.MARIADB ? Character.toUpperCase(name.charAt(0)) + name.substring(1)
                : name;
        return db.schema() + "." + stored;
    }

    private static String sections(String revision) {
        return revision.substring(revision.indexOf("-- migrate:upgrade"));
    }

    private static RevisionOptions v2(boolean online) {
        return new RevisionOptions("v2", true, null, "aaaa00000002", null, null).online(online);
    }

    @Test
    void onPostgresqlChangesOnExistingTablesAreWrittenOnlineAndReachThePlainFormsCatalogUpAndDown()
            throws IOException, SQLException {
        try (TestDatabase online = TestDatabase.create(DatabaseKind.POSTGRESQL);
             TestDatabase plain = TestDatabase.create(DatabaseKind.POSTGRESQL)) {
            assertEquals(ONLINE_SECTIONS, sections(secondRevision(online, "online", v2(true))));
            assertEquals(List.of(), out.lines().stream().filter(l -> l.startsWith("WARN")).toList(),
                    "revision's own lint finds nothing in the online form");
            secondRevision(plain, "plain", v2(false));

            new UpgradeCommand(settings(online, "online"), out).run("head", Set.of());
            new UpgradeCommand(settings(plain, "plain"), out).run("head", Set.of());
            assertEquals(catalog(plain), catalog(online));
            new CheckCommand(settings(online, "online"), entities("v2", V2_CUSTOMER, V2_PURCHASE, V2_REVIEW), out)
                    .run();

            new DowngradeCommand(settings(online, "online"), out).run("-1", Set.of());
            new DowngradeCommand(settings(plain, "plain"), out).run("-1", Set.of());
            assertEquals(catalog(plain), catalog(online));
            assertEquals(List.of("customer_pkey"), online.column("SELECT indexname FROM pg_indexes WHERE schemaname = '"
                    + online.schema() + "' AND tablename = 'customer' ORDER BY 1"));
            new UpgradeCommand(settings(online, "online"), out).run("head", Set.of());
            new UpgradeCommand(settings(plain, "plain"), out).run("head", Set.of());
            assertEquals(catalog(plain), catalog(online));
        }
    }

    @Test
    void onlineFalseWritesThePlainForm() throws IOException {
        try (TestDatabase db = TestDatabase.create(DatabaseKind.POSTGRESQL)) {
            assertEquals("""
                    -- migrate:upgrade
                    CREATE TABLE review (
                        customer_id bigint,
                        id bigint NOT NULL,
                        CONSTRAINT review_pkey PRIMARY KEY (id)
                    );
                    CREATE INDEX ix_review_customer ON review (customer_id);

                    -- WARNING: makes customer.email NOT NULL: this fails if any row holds NULL there (backfill first)
                    ALTER TABLE customer ALTER COLUMN email SET NOT NULL;

                    -- WARNING: fails if existing rows of customer repeat a value of [email]
                    ALTER TABLE customer ADD CONSTRAINT customer_email_key UNIQUE (email);

                    -- WARNING: fails if existing rows of customer violate the check rating >= 0
                    ALTER TABLE customer ADD CONSTRAINT customer_rating_check CHECK (rating >= 0);

                    CREATE INDEX ix_customer_nickname ON customer (nickname);

                    ALTER TABLE purchase ADD CONSTRAINT fk_purchase_customer FOREIGN KEY (customer_id) REFERENCES customer (id);

                    ALTER TABLE review ADD CONSTRAINT fk_review_customer FOREIGN KEY (customer_id) REFERENCES customer (id);

                    -- migrate:downgrade
                    ALTER TABLE review DROP CONSTRAINT fk_review_customer;

                    ALTER TABLE purchase DROP CONSTRAINT fk_purchase_customer;

                    DROP INDEX ix_customer_nickname;

                    ALTER TABLE customer DROP CONSTRAINT customer_rating_check;

                    ALTER TABLE customer DROP CONSTRAINT customer_email_key;

                    ALTER TABLE customer ALTER COLUMN email DROP NOT NULL;

                    -- WARNING: drops table review and all its rows
                    DROP TABLE review;
                    """, sections(secondRevision(db, "plain", v2(false))));
        }
    }

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = {"MARIADB", "H2"})
    void mariadbAndH2GetThePlainFormWithOnlineOn(DatabaseKind kind) throws IOException {
        try (TestDatabase db = TestDatabase.create(kind)) {
            String online = sections(secondRevision(db, "versions", v2(true)));
            try (var files = Files.list(dir.resolve("versions"))) {
                for (Path file : files.filter(f -> f.toString().contains("aaaa00000002")).toList()) {
                    Files.delete(file);
                }
            }
            Path plain = new RevisionCommand(settings(db, "versions"), entities("v2", V2_CUSTOMER, V2_PURCHASE,
                    V2_REVIEW), out).run(v2(false)).orElseThrow();
            assertEquals(sections(Files.readString(plain)), online);
        }
    }

    @Test
    void aLockTimeoutPostgresqlCannotReadIsRefusedBeforeAnythingRuns() throws IOException {
        try (TestDatabase db = TestDatabase.create(DatabaseKind.POSTGRESQL)) {
            MigrateException e = assertThrows(MigrateException.class, () -> new RevisionCommand(settings(db,
                    "versions"), entities("v1", V1_CUSTOMER), out).run(new RevisionOptions("v1", true, null, null,
                    null, null, true, "5 seconds")));
            assertEquals("Invalid migrate.lockTimeoutSql '5 seconds': use a number with an optional unit, as "
                    + "PostgreSQL's lock_timeout takes it (us, ms, s, min, h, d), e.g. 5s or 500ms.", e.getMessage());
        }
    }

    private static Map<String, Object> catalog(TestDatabase db) throws SQLException {
        return AutogenerateScenarioTest.normalize(AutogenerateScenarioTest.read(db), false);
    }
}
