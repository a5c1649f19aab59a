// Thirty-two revisions of four statements: a table, a pause, a row, a pause; MariaDB commits each as it runs.
dev.migrate.testing.CrashHarness.writeRevisions(basedir, 32, 'DO SLEEP(0.025)')
return true
