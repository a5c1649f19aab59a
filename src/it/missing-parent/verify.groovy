import static dev.migrate.testing.ItSupport.*

assertContains(basedir, "migrations/versions/20261102_090000_3f2a9c1b7d4e_create_accounts.sql: revision 3f2a9c1b7d4e names 1a2b3c4d5e6f in 'Revises:', but no revision file has that id. Restore the missing file (see 'git log --stat' of the revisions folder) or correct the 'Revises:' line.")
assertAbsent(basedir, 'Database: H2')
assert !new File(basedir, 'target/db').exists()
return true
