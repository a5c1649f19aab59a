// Thirty-two revisions of four statements: a table, a pause, a row, a pause; H2 commits each DDL statement as it runs.
dev.migrate.testing.CrashHarness.writeRevisions(basedir, 32, 'CALL SLEEP(25)')
return true
