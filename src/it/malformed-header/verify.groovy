import static dev.migrate.testing.ItSupport.*

assertContains(basedir, "migrations/versions/20261102_090000_3f2a9c1b7d4e_create_accounts.sql:3: unknown header 'Revison ID:'; did you mean 'Revision ID:'?")
assertAbsent(basedir, 'at dev.migrate')
assert !new File(basedir, 'target/db').exists()
return true
