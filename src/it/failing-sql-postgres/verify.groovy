import static dev.migrate.testing.ItSupport.*

def url = pgUrl + '?currentSchema=it_failing_sql'
assertContains(basedir,
    'migrations/versions/20261102_090000_3f2a9c1b7d4e_create_accounts.sql:10: the upgrade of revision 3f2a9c1b7d4e failed at statement 3 of 3: ERROR: insert or update on table "accounts" violates foreign key constraint "accounts_user_id_fkey"',
    'The revision was rolled back; the database is still at 1a2b3c4d5e6f. Fix the SQL and run the goal again.')
assertLines(basedir, '1a2b3c4d5e6f')
assertAbsent(basedir, 'at dev.migrate')
assert column(url, pgUser, 'select version_num from migrate_version') == ['1a2b3c4d5e6f']
assert column(url, pgUser, "select tablename from pg_tables where schemaname = 'it_failing_sql' order by 1") ==
    ['migrate_history', 'migrate_version', 'users']
assert column(url, pgUser, 'select count(*) from users') == ['0']
dropSchema(pgUrl, pgUser, 'it_failing_sql')
return true
