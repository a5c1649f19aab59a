package dev.migrate.runner;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MigratorTest {

    @Test
    void statementsThatMayReturnRowsAreKeptOutOfBatches() {
        assertTrue(Migrator.mayReturnRows("SELECT setval('users_seq', 100)"));
        assertTrue(Migrator.mayReturnRows("  -- reset\n/* the sequence */ (select 1)"));
        assertTrue(Migrator.mayReturnRows("with moved as (delete from a returning *) insert into b select * from moved"));
        assertTrue(Migrator.mayReturnRows("values (1)"));
        assertFalse(Migrator.mayReturnRows("CREATE TABLE selected (id int)"));
        assertFalse(Migrator.mayReturnRows("UPDATE users SET name = 'select'"));
        assertFalse(Migrator.mayReturnRows("-- select\nDROP TABLE users"));
    }
}
