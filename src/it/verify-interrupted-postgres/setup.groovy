// Three revisions; the second pauses 3 s in its upgrade, so SIGTERM lands while a statement runs.
dev.migrate.testing.VerifyInterrupt.writeRevisions(basedir, 3, 'SELECT pg_sleep(3)')
return true
