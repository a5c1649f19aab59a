import static dev.migrate.testing.ItSupport.*

def url = pgUrl + '?currentSchema=it_example_stamp'
// The refusal names the tables and the way to adopt them; nothing ran, nothing was created.
assertContains(basedir,
    'Schema it_example_stamp already holds 3 tables (accounts, investments, users) but no version table (it_example_stamp.migrate_version), so nothing says which revisions they come from, and the first revision would run on top of them. Adopt the schema at the revision its tables match: \'mvn migrate:stamp -Dmigrate.target=<rev>\' (head if they match the latest revision), then upgrade; or do both in one run with -Dmigrate.baseline=<rev>. -Dmigrate.baseline=base runs every revision on top of the existing tables.')
assertAbsent(basedir, 'at dev.migrate')
assertLines(basedir,
    'No revision applied: the database is at base.',
    'Stamped it_example_stamp.migrate_version: base (no revision applied) -> fb47cb2907c3 (head)',
    'Nothing to upgrade: the database is up to date at fb47cb2907c3 (head).',
    'No changes detected: the database matches the entities.')

assert column(url, pgUser, 'select version_num from migrate_version') == ['fb47cb2907c3']
// The baseline run: stamped the first revision, then ran the second only.
assertLines(basedir,
    'Stamped it_example_baseline.migrate_version: base (no revision applied) -> 60f0d94bfb69 (migrate.baseline: the schema\'s existing tables)',
    'Upgrading schema it_example_baseline from 60f0d94bfb69 to fb47cb2907c3: 1 revision',
    '[1/1] Running upgrade 60f0d94bfb69 -> fb47cb2907c3, Add investments')
def baseline = pgUrl + '?currentSchema=it_example_baseline'
assert column(baseline, pgUser, 'select version_num from migrate_version') == ['fb47cb2907c3']
assert column(baseline, pgUser, "select revision || ' ' || direction from migrate_history order by id") ==
    ['60f0d94bfb69 stamp', 'fb47cb2907c3 upgrade']
dropSchema(pgUrl, pgUser, 'it_example_baseline')
// The stamp ran no SQL of the revisions: one stamp row, and the tables are the ones the setup made.
assert column(url, pgUser, "select revision || ' ' || direction from migrate_history order by id") ==
    ['fb47cb2907c3 stamp']
assert column(url, pgUser, "select tablename from pg_tables where schemaname = 'it_example_stamp' order by 1") ==
    ['accounts', 'investments', 'migrate_history', 'migrate_version', 'users']
dropSchema(pgUrl, pgUser, 'it_example_stamp')
return true
