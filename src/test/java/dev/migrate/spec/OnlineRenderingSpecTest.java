package dev.migrate.spec;

import dev.migrate.spec.Examples.Example;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static dev.migrate.spec.Examples.ADD_CHECK;
import static dev.migrate.spec.Examples.ADD_FOREIGN_KEY;
import static dev.migrate.spec.Examples.ADD_FOREIGN_KEY_ACROSS_SCHEMAS;
import static dev.migrate.spec.Examples.ADD_PRIMARY_KEY;
import static dev.migrate.spec.Examples.ADD_UNIQUE_KEY;
import static dev.migrate.spec.Examples.CREATE_INDEX;
import static dev.migrate.spec.Examples.CREATE_PARTIAL_EXPRESSION_INDEX;
import static dev.migrate.spec.Examples.CREATE_UNIQUE_INDEX;
import static dev.migrate.spec.Examples.DROP_INDEX;
import static dev.migrate.spec.Examples.DROP_INDEX_IN_SCHEMA;
import static dev.migrate.spec.Examples.DROP_INDEX_OF_FOREIGN_KEY;
import static dev.migrate.spec.Examples.MAKE_NOT_NULL;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The online-safe form of a change on a table that exists (PostgreSQL, {@code migrate.online}, on by default): change
 * in, exact statements out, no database needed. Every change not listed keeps its plain statements
 * ({@link RenderingSpecTest}); MariaDB and H2 have no online form. Which tables count as existing, the lock timeout
 * and the {@code transaction=false} section are {@code OnlineRevisionTest}'s part.
 */
class OnlineRenderingSpecTest {

    private static final Map<Example, List<String>> POSTGRESQL = Map.ofEntries(
            Map.entry(CREATE_INDEX, List.of(
                    "CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_customer_nickname ON customer (nickname)")),
            Map.entry(CREATE_UNIQUE_INDEX, List.of(
                    "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS ux_purchase_customer_placed ON purchase "
                            + "(customer_id, placed_at DESC)")),
            Map.entry(CREATE_PARTIAL_EXPRESSION_INDEX, List.of(
                    "CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_customer_lower_email ON customer USING hash "
                            + "((lower((email)::text))) WHERE (rating > 0)")),
            Map.entry(DROP_INDEX, List.of(
                    "DROP INDEX CONCURRENTLY IF EXISTS ix_customer_nickname")),
            Map.entry(DROP_INDEX_IN_SCHEMA, List.of(
                    "DROP INDEX CONCURRENTLY IF EXISTS audit.ix_audit_event_at")),
            Map.entry(DROP_INDEX_OF_FOREIGN_KEY, List.of(
                    "DROP INDEX CONCURRENTLY IF EXISTS fk_purchase_customer")),
            Map.entry(ADD_UNIQUE_KEY, List.of(
                    "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS customer_email_key ON customer (email)",
                    "ALTER TABLE customer ADD CONSTRAINT customer_email_key UNIQUE USING INDEX customer_email_key")),
            Map.entry(ADD_PRIMARY_KEY, List.of(
                    "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS customer_pkey ON customer (id)",
                    "ALTER TABLE customer ADD CONSTRAINT customer_pkey PRIMARY KEY USING INDEX customer_pkey")),
            Map.entry(ADD_FOREIGN_KEY, List.of(
                    "ALTER TABLE purchase ADD CONSTRAINT fk_purchase_customer FOREIGN KEY (customer_id) "
                            + "REFERENCES customer (id) ON DELETE CASCADE NOT VALID",
                    "ALTER TABLE purchase VALIDATE CONSTRAINT fk_purchase_customer")),
            Map.entry(ADD_FOREIGN_KEY_ACROSS_SCHEMAS, List.of(
                    "ALTER TABLE audit.audit_event ADD CONSTRAINT fk_audit_event_customer FOREIGN KEY "
                            + "(customer_id) REFERENCES app.customer (id) NOT VALID",
                    "ALTER TABLE audit.audit_event VALIDATE CONSTRAINT fk_audit_event_customer")),
            Map.entry(ADD_CHECK, List.of(
                    "ALTER TABLE customer ADD CONSTRAINT customer_rating_check CHECK (rating >= 0) NOT VALID",
                    "ALTER TABLE customer VALIDATE CONSTRAINT customer_rating_check")),
            Map.entry(MAKE_NOT_NULL, List.of(
                    "ALTER TABLE customer ADD CONSTRAINT customer_email_not_null_check CHECK (email IS NOT NULL) "
                            + "NOT VALID",
                    "ALTER TABLE customer VALIDATE CONSTRAINT customer_email_not_null_check",
                    "ALTER TABLE customer ALTER COLUMN email SET NOT NULL",
                    "ALTER TABLE customer DROP CONSTRAINT customer_email_not_null_check")));

    static Stream<Arguments> cases() {
        return Examples.all().stream().flatMap(e -> Arrays.stream(Spelling.values()).map(db -> Arguments.of(db, e)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void writesChangesOnExistingTablesOnlineOnPostgresqlOnly(Spelling db, Example example) {
        Optional<List<String>> expected = db == Spelling.POSTGRESQL
                ? Optional.ofNullable(POSTGRESQL.get(example)) : Optional.empty();
        assertEquals(expected, db.dialect().renderOnline(example.on(db)));
    }
}
