package dev.migrate.dialect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TemporaryScriptTest {

    @Test
    void tablesAndSequencesBecomeTemporaryTypesGoToPgTempAndEverythingElseIsKept() {
        assertEquals(List.of(
                        "create temporary sequence account_seq start with 1 increment by 50",
                        "create temporary table account (id bigint not null, primary key (id))",
                        "create temporary TABLE IF NOT EXISTS \"Owner\" (id bigint)",
                        "create index ix_account_name on account (name)",
                        "alter table if exists account add constraint fk foreign key (owner_id) references \"Owner\"",
                        "comment on table account is 'create table x.y'",
                        "create type pg_temp.mood as enum ('sad', 'happy')"),
                TemporaryScript.of(List.of(
                        "create sequence account_seq start with 1 increment by 50",
                        "create table account (id bigint not null, primary key (id))",
                        "CREATE TABLE IF NOT EXISTS \"Owner\" (id bigint)",
                        "create index ix_account_name on account (name)",
                        "alter table if exists account add constraint fk foreign key (owner_id) references \"Owner\"",
                        "comment on table account is 'create table x.y'",
                        "create type mood as enum ('sad', 'happy')")));
    }

    @Test
    void aSchemaQualifiedTableOrSequenceKeepsThePlainScript() {
        assertNull(TemporaryScript.of(List.of("create table a (id int)", "create table app.b (id int)")));
        assertNull(TemporaryScript.of(List.of("create sequence \"App\" . s_seq")));
        assertNull(TemporaryScript.of(List.of("create table if not exists \"my.app\".\"t\" (id int)")));
        assertNull(TemporaryScript.of(List.of("create type app.mood as enum ('sad')")));
    }

    @Test
    void aNameIsQualifiedOnlyByADotOutsideItsQuotes() {
        assertFalse(TemporaryScript.qualified("create table \"a.b\" (id int)", "create table ".length()));
        assertFalse(TemporaryScript.qualified("create table \"a\"\".b\" (id int)", "create table ".length()));
        assertFalse(TemporaryScript.qualified("create table t(id numeric(5.2))", "create table ".length()));
        assertFalse(TemporaryScript.qualified("create table t   ", "create table ".length()));
        assertTrue(TemporaryScript.qualified("create table s.t (id int)", "create table ".length()));
        assertTrue(TemporaryScript.qualified("create table \"s\".t (id int)", "create table ".length()));
        assertTrue(TemporaryScript.qualified("create table if not exists s .t (id int)", "create table ".length()));
    }
}
