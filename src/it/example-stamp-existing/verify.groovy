import static dev.migrate.testing.ItSupport.*

def url = pgUrl + '?currentSchema=it_example_stamp'
// The failure names the file, the statement and the database's message, and says nothing was applied.
assertContains(basedir,
    'migrations/versions/20261125_074608_60f0d94bfb69_create_users_and_accounts.sql:8: the upgrade of revision 60f0d94bfb69 failed at statement 1 of 3: ERROR: relation "accounts" already exists',
    'The revision was rolled back; the database is still at base (no revision applied). If the database had these objects before it used migrations, adopt it instead: \'mvn migrate:stamp -Dmigrate.target=<the last revision it matches>\', then upgrade. Otherwise fix the SQL and run the goal again.')
assertAbsent(basedir, 'at dev.migrate')
assertLines(basedir,
    'No revision applied: the database is at base.',
    'Stamped it_example_stamp.migrate_version: base (no revision applied) -> fb47cb2907c3 (head)',
    'Nothing to upgrade: the database is up to date at fb47cb2907c3 (head).',
    'No changes detected: the database matches the entities.')

assert column(url, pgUser, 'select version_num from migrate_version') == ['fb47cb2907c3']
// The stamp ran no SQL of the revisions: one stamp row, and the tables are the ones the setup made.
assert column(url, pgUser, "select revision || ' ' || direction from migrate_history order by id") ==
    ['fb47cb2907c3 stamp']
assert column(url, pgUser, "select tablename from pg_tables where schemaname = 'it_example_stamp' order by 1") ==
    ['accounts', 'investments', 'migrate_history', 'migrate_version', 'users']
dropSchema(pgUrl, pgUser, 'it_example_stamp')
return true
