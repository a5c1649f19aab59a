package dev.migrate.dialect;

import dev.migrate.change.AddCheck;
import dev.migrate.change.AddColumn;
import dev.migrate.change.AddUniqueKey;
import dev.migrate.change.AlterColumn;
import dev.migrate.change.Change;
import dev.migrate.change.CreateIndex;
import dev.migrate.change.CreateTable;
import dev.migrate.change.DropCheck;
import dev.migrate.schema.Check;
import dev.migrate.schema.Column;
import dev.migrate.schema.Index;
import dev.migrate.schema.IndexKey;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueKey;
import dev.migrate.dialect.postgres.PostgresDialect;
import dev.migrate.dialect.h2.H2Dialect;
import dev.migrate.dialect.mariadb.MariaDbDialect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Change in, exact SQL out, no database: checks and defaults are written in Hibernate's words when the desired
 * schema carries them, in the catalog's otherwise, and a column name is quoted alike wherever a revision names it.
 */
class RevisionSpellingRenderTest {

    private static final Dialect PG = new PostgresDialect();
    private static final Dialect H2 = new H2Dialect("jdbc:h2:mem:test");
    private static final Dialect MARIADB = new MariaDbDialect(false);

    private static final String PG_KIND = "((kind)::text = ANY ((ARRAY['CHECKING'::character varying, "
            + "'SAVINGS'::character varying])::text[]))";

    static Stream<Arguments> changes() {
        Column state = new Column("state", "character varying(20)", true, "'open'::character varying",
                Column.Identity.NONE, null, null);
        Column closed = new Column("state", "character varying(20)", true, "'closed'::character varying",
                Column.Identity.NONE, null, null);
        Column h2Cap = new Column("CAP", "NUMERIC(12, 2)", true, "100.00", Column.Identity.NONE, null, null);
        Column mariaState = new Column("state", "varchar(20)", true, "'open'", Column.Identity.NONE, null, null);
        return Stream.of(
                Arguments.of("PostgreSQL check in Hibernate's words", PG,
                        new AddCheck("ledger", new Check("ledger_kind_check", PG_KIND,
                                "kind in ('CHECKING','SAVINGS')")),
                        "ALTER TABLE ledger ADD CONSTRAINT ledger_kind_check CHECK (kind in ('CHECKING','SAVINGS'))"),
                Arguments.of("PostgreSQL check read from the database (a downgrade)", PG,
                        new AddCheck("ledger", new Check("ledger_kind_check", PG_KIND)),
                        "ALTER TABLE ledger ADD CONSTRAINT ledger_kind_check CHECK (" + PG_KIND + ")"),
                Arguments.of("PostgreSQL check dropped by name", PG,
                        new DropCheck("ledger", new Check("ledger_AccountKind_check", PG_KIND, "x")),
                        "ALTER TABLE ledger DROP CONSTRAINT \"ledger_AccountKind_check\""),
                Arguments.of("PostgreSQL default in Hibernate's words", PG,
                        new AddColumn("ledger", state.withWrittenDefault("'open'")),
                        "ALTER TABLE ledger ADD COLUMN state character varying(20) DEFAULT 'open'"),
                Arguments.of("PostgreSQL default read from the database", PG, new AddColumn("ledger", state),
                        "ALTER TABLE ledger ADD COLUMN state character varying(20) DEFAULT 'open'::character varying"),
                Arguments.of("PostgreSQL changed default", PG,
                        new AlterColumn("ledger", state, closed.withWrittenDefault("'closed'")),
                        "ALTER TABLE ledger ALTER COLUMN state SET DEFAULT 'closed'"),
                Arguments.of("PostgreSQL reserved and mixed-case names in keys and indexes", PG,
                        new AddUniqueKey("ledger", new UniqueKey("ledger_uk", List.of("order", "DisplayName"))),
                        "ALTER TABLE ledger ADD CONSTRAINT ledger_uk UNIQUE (\"order\", \"DisplayName\")"),
                Arguments.of("PostgreSQL index on a reserved word", PG,
                        new CreateIndex("ledger", new Index("ledger_order_idx", false,
                                List.of(new IndexKey("order", true, false)), null, null)),
                        "CREATE INDEX ledger_order_idx ON ledger (\"order\")"),
                Arguments.of("H2 check in Hibernate's words", H2,
                        new AddCheck("LEDGER", new Check("LEDGER_TIER_CHECK", "\"TIER\" BETWEEN 0 AND 2",
                                "tier between 0 and 2")),
                        "ALTER TABLE ledger ADD CONSTRAINT ledger_tier_check CHECK (tier between 0 and 2)"),
                Arguments.of("H2 default in Hibernate's words", H2,
                        new AddColumn("LEDGER", h2Cap.withWrittenDefault("100.00")),
                        "ALTER TABLE ledger ADD COLUMN cap NUMERIC(12, 2) DEFAULT 100.00"),
                Arguments.of("H2 name that is stored in lower case stays quoted", H2,
                        new CreateIndex("LEDGER", new Index("LEDGER_ORDER_IDX", false,
                                List.of(new IndexKey("order", true, false)), null, null)),
                        "CREATE INDEX ledger_order_idx ON ledger (\"order\")"),
                Arguments.of("MariaDB check in Hibernate's words", MARIADB,
                        new AddCheck("Ledger", new Check("order", "`order` between 0 and 2",
                                "`order` between 0 and 2")),
                        "ALTER TABLE Ledger ADD CONSTRAINT `order` CHECK (`order` between 0 and 2)"),
                Arguments.of("MariaDB changed default in Hibernate's words", MARIADB,
                        new AlterColumn("Ledger", mariaState, new Column("state", "varchar(20)", true, "'closed'",
                                Column.Identity.NONE, null, null).withWrittenDefault("'closed'")),
                        "ALTER TABLE Ledger MODIFY COLUMN state varchar(20) DEFAULT 'closed'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void rendersChange(String description, Dialect dialect, Change change, String sql) {
        assertEquals(List.of(sql), dialect.renderer().render(change));
    }

    static Stream<Arguments> scripts() {
        return Stream.of(
                Arguments.of("PostgreSQL", PG,
                        List.of("create sequence ledger_seq start with 1 increment by 50",
                                "create table ledger (id bigint generated by default as identity, "
                                + "\"AccountKind\" varchar(20) check "
                                + "((\"AccountKind\" in ('CHECKING','SAVINGS'))), \"order\" smallint check "
                                + "((\"order\" between 0 and 2)), state varchar(20) default 'open', status smallint "
                                + "check ((status between 0 and 1)), primary key (id), check (length(state) > 1))",
                                "create index ledger_state_idx on ledger (state)",
                                "alter table if exists ledger add constraint ledger_status_named check (status <> 7)"),
                        table("ledger",
                                List.of(column("id", "bigint", false, null),
                                        column("AccountKind", "character varying(20)", true, null),
                                        column("order", "smallint", true, null),
                                        column("state", "character varying(20)", true, "'open'::character varying"),
                                        column("status", "smallint", true, null)),
                                new PrimaryKey("ledger_pkey", List.of("id")),
                                new Check("ledger_AccountKind_check", "((\"AccountKind\")::text = ANY ((ARRAY["
                                        + "'CHECKING'::character varying, 'SAVINGS'::character varying])::text[]))"),
                                new Check("ledger_check", "(length((state)::text) > 1)"),
                                new Check("ledger_order_check", "((\"order\" >= 0) AND (\"order\" <= 2))"),
                                new Check("ledger_status_check", "((status >= 0) AND (status <= 1))"),
                                new Check("ledger_status_named", "(status <> ('7'::numeric)::smallint)")),
                        """
                        CREATE TABLE ledger (
                            id bigint NOT NULL,
                            "AccountKind" character varying(20),
                            "order" smallint,
                            state character varying(20) DEFAULT 'open',
                            "status" smallint,
                            CONSTRAINT ledger_pkey PRIMARY KEY (id),
                            CONSTRAINT "ledger_AccountKind_check" CHECK ("AccountKind" in ('CHECKING','SAVINGS')),
                            CONSTRAINT ledger_check CHECK (length(state) > 1),
                            CONSTRAINT ledger_order_check CHECK ("order" between 0 and 2),
                            CONSTRAINT ledger_status_check CHECK ("status" between 0 and 1),
                            CONSTRAINT ledger_status_named CHECK ("status" <> 7)
                        )"""),
                Arguments.of("H2", H2,
                        List.of("create table ledger (id bigint not null, \"order\" tinyint check "
                                + "((\"order\" between 0 and 2)), cap numeric(12,2) default 100.00 check "
                                + "((cap >= 0)), primary key (id))"),
                        table("LEDGER",
                                List.of(column("ID", "BIGINT", false, null),
                                        column("order", "TINYINT", true, null),
                                        column("CAP", "NUMERIC(12, 2)", true, "100.00"),
                                        column("NOTE", "CHARACTER VARYING(20)", true, null)),
                                new PrimaryKey("LEDGER_PKEY", List.of("ID")),
                                new Check("LEDGER_CHECK_1", "\"order\" BETWEEN 0 AND 2"),
                                new Check("LEDGER_CHECK_2", "\"CAP\" >= CAST(0 AS NUMERIC(1))"),
                                new Check("LEDGER_CHECK_3", "\"NOTE\" <> ''")),
                        """
                        CREATE TABLE ledger (
                            id BIGINT NOT NULL,
                            "order" TINYINT,
                            cap NUMERIC(12, 2) DEFAULT 100.00,
                            note CHARACTER VARYING(20),
                            CONSTRAINT ledger_pkey PRIMARY KEY (id),
                            CONSTRAINT ledger_check_1 CHECK ("order" between 0 and 2),
                            CONSTRAINT ledger_check_2 CHECK (cap >= 0),
                            CONSTRAINT ledger_check_3 CHECK (note <> '')
                        )"""),
                Arguments.of("MariaDB", MARIADB,
                        List.of("create table Ledger (id bigint not null, `order` tinyint check "
                                + "((`order` between 0 and 2)), state varchar(20) default 'open', "
                                + "primary key (id), constraint state_not_empty check (state <> '')) engine=InnoDB"),
                        table("Ledger",
                                List.of(column("id", "bigint(20)", false, null),
                                        column("order", "tinyint(4)", true, null),
                                        column("state", "varchar(20)", true, "'open'")),
                                new PrimaryKey("PRIMARY", List.of("id")),
                                new Check("order", "`order` between 0 and 2"),
                                new Check("state_not_empty", "`state` <> ''")),
                        """
                        CREATE TABLE Ledger (
                            id bigint(20) NOT NULL,
                            `order` tinyint(4),
                            state varchar(20) DEFAULT 'open',
                            PRIMARY KEY (id),
                            CONSTRAINT `order` CHECK (`order` between 0 and 2),
                            CONSTRAINT state_not_empty CHECK (state <> '')
                        )"""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void writesTheScriptsChecksAndDefaults(String database, Dialect dialect, List<String> script, Table read,
                                          String sql) {
        Schema desired = RevisionSpelling.desired(new Schema(Map.of(read.name(), read), Map.of()), script, dialect);
        assertEquals(List.of(sql), dialect.renderer().render(new CreateTable(desired.tables().get(read.name()))));
    }

    static Stream<Arguments> liveChecks() {
        return Stream.of(
                Arguments.of(PG, "ledger", List.of("status", "order"), "((status >= 0) AND (\"order\" <= 2))",
                        "ALTER TABLE ledger ADD CONSTRAINT c CHECK ((\"status\" >= 0) AND (\"order\" <= 2))"),
                Arguments.of(PG, "ledger", List.of("text"), "((text)::text <> ''::text)",
                        "ALTER TABLE ledger ADD CONSTRAINT c CHECK ((text)::text <> ''::text)"),
                Arguments.of(H2, "LEDGER", List.of("TIER", "DisplayName"),
                        "(\"TIER\" BETWEEN 0 AND 2) AND (\"DisplayName\" <> '')",
                        "ALTER TABLE ledger ADD CONSTRAINT c CHECK ((tier BETWEEN 0 AND 2) AND "
                                + "(\"DisplayName\" <> ''))"),
                Arguments.of(MARIADB, "Ledger", List.of("tier", "order"), "`tier` between 0 and 2 and `order` > 0",
                        "ALTER TABLE Ledger ADD CONSTRAINT c CHECK (tier between 0 and 2 and `order` > 0)"));
    }

    /** A downgrade re-creates a check read from the live database, its column names written as elsewhere. */
    @ParameterizedTest(name = "{0}: {3}")
    @MethodSource("liveChecks")
    void writesLiveChecksWithTheRevisionsNames(Dialect dialect, String table, List<String> columns, String expression,
                                               String sql) {
        Table read = table(table, columns.stream().map(c -> column(c, "integer", true, null)).toList(), null,
                new Check(dialect.fold("c"), expression));
        Check check = RevisionSpelling.live(new Schema(Map.of(table, read), Map.of()), dialect).tables().get(table)
                .checks().get(0);
        assertEquals(List.of(sql), dialect.renderer().render(new AddCheck(table, check)));
    }

    private static Column column(String name, String type, boolean nullable, String defaultValue) {
        return new Column(name, type, nullable, defaultValue, Column.Identity.NONE, null, null);
    }

    private static Table table(String name, List<Column> columns, PrimaryKey pk, Check... checks) {
        return new Table(name, columns, Optional.ofNullable(pk), List.of(), List.of(), List.of(checks), List.of(),
                null);
    }
}
