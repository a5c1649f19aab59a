import static dev.migrate.testing.ItSupport.*

assertAbsent(basedir, 'it-secret-Pa55word')
assertMatches(basedir, /Database: PostgreSQL at jdbc:postgresql:.*currentSchema=it_serverid, schema it_serverid/,
    /Applied: .* by .* \(\d+ ms, upgrade\)/)
assertLines(basedir, 'Database is at 3f2a9c1b7d4e (head).', '3f2a9c1b7d4e (head)', 'Wrote the SQL to target/review/upgrade.sql')
def sql = new File(basedir, 'target/review/upgrade.sql').text
assert sql.startsWith('-- upgrade 1a2b3c4d5e6f:head (PostgreSQL)\n')
assert sql.contains('-- Running upgrade 1a2b3c4d5e6f -> 3f2a9c1b7d4e, Create accounts\n')
assert !sql.contains('CREATE TABLE users')
assert sql.contains("UPDATE migrate_version SET version_num = '3f2a9c1b7d4e' WHERE version_num = '1a2b3c4d5e6f';\n")
def url = pgUrl + '?currentSchema=it_serverid'
assert column(url, pgUser, 'select version_num from migrate_version') == ['3f2a9c1b7d4e']
dropSchema(pgUrl, pgUser, 'it_serverid')
return true
