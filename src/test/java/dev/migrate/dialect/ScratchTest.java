package dev.migrate.dialect;

import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.sql.Connection;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hibernate's script runs in the scratch namespace as one batch, and a failing statement is still named. */
class ScratchTest {

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void theScriptRunsAsABatchAndAFailureNamesItsStatement(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind); Connection c = db.connect()) {
            Dialect dialect = Dialects.forUrl(db.url());
            var ok = dialect.readScratch(c, List.of("create table a (id bigint primary key)",
                    "create table b (id bigint primary key, a_id bigint)",
                    "alter table b add constraint fk_b_a foreign key (a_id) references a (id)"));
            assertEquals(2, ok.tables().size());
            ScratchDdlException e = assertThrows(ScratchDdlException.class, () -> dialect.readScratch(c, List.of(
                    "create table a (id bigint primary key)", "create table b (id bigint primary kee)",
                    "create table c (id bigint primary key)")));
            assertTrue(e.getMessage().contains("does not run on " + dialect.name() + ": "), e.getMessage());
            assertTrue(e.getMessage().contains("\n  statement: create table b (id bigint primary kee)\n"),
                    e.getMessage());
        }
    }
}
