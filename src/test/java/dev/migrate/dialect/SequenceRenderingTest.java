package dev.migrate.dialect;

import dev.migrate.change.AlterSequence;
import dev.migrate.schema.Sequence;
import dev.migrate.dialect.postgres.PostgresDialect;
import dev.migrate.dialect.h2.H2Dialect;
import dev.migrate.dialect.mariadb.MariaDbDialect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A changed sequence in each database's words: MariaDB spells the bounded case {@code NOCYCLE}; on H2 a name stored in
 * lower case is quoted.
 */
class SequenceRenderingTest {

    private static final Sequence FIFTY = new Sequence("document_seq", null, 1, 50, 1, 9223372036854775806L, 0,
            false);
    private static final Sequence HUNDRED = new Sequence("document_seq", null, 1, 100, 1, 9223372036854775806L, 0,
            false);

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(new PostgresDialect(), "ALTER SEQUENCE document_seq INCREMENT BY 100 MINVALUE 1 "
                        + "MAXVALUE 9223372036854775806 CACHE 0 NO CYCLE"),
                Arguments.of(new H2Dialect("jdbc:h2:mem:render"), "ALTER SEQUENCE \"document_seq\" INCREMENT BY 100 MINVALUE 1 "
                        + "MAXVALUE 9223372036854775806 CACHE 0 NO CYCLE"),
                Arguments.of(new MariaDbDialect(false), "ALTER SEQUENCE document_seq INCREMENT BY 100 MINVALUE 1 "
                        + "MAXVALUE 9223372036854775806 CACHE 0 NOCYCLE"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aWiderIncrementIsOneAlterSequence(Dialect dialect, String sql) {
        assertEquals(List.of(sql), dialect.renderer().render(new AlterSequence(FIFTY, HUNDRED)));
    }
}
