import static dev.migrate.testing.ItSupport.*

// -Pci verify: package, then upgrade at pre-integration-test, then check at verify.
def jar = lineIndex(basedir, /--- maven-jar-plugin:.*:jar \(default-jar\) @ migrations-example ---/)
def upgrade = lineIndex(basedir, /--- migrate-maven-plugin:.*:upgrade \(upgrade-database\) @ migrations-example ---/)
def applied = lineIndex(basedir, /\[2\/2\] Applied fb47cb2907c3 in [\d.]+ m?s/)
def check = lineIndex(basedir, /--- migrate-maven-plugin:.*:check \(check-drift\) @ migrations-example ---/)
def clean = lineIndex(basedir, /No changes detected: the database matches the entities\./)
assert jar < upgrade && upgrade < applied && applied < check && check < clean
assertLines(basedir, 'Database is at fb47cb2907c3 (head).')
assertMatches(basedir,
    /Reading the entities with the project's Hibernate ORM 7\.4\.\d+\.Final \(3 mapped classes, H2 .*\)/)
def url = "jdbc:h2:file:${basedir}/target/db/finance"
assert column(url, '', 'select version_num from migrate_version') == ['fb47cb2907c3']
assert new File(basedir, 'target/migrations-example-1.0.0-SNAPSHOT.jar').isFile()

// -Pstaging offline: the SQL for review, in PostgreSQL's dialect, under target/deploy.
assertLines(basedir, 'Wrote the SQL to target/deploy/upgrade.sql')
def sql = new File(basedir, 'target/deploy/upgrade.sql').text
assert sql.startsWith('-- upgrade 60f0d94bfb69:head (PostgreSQL)\n')
assert sql.contains('SELECT pg_advisory_lock(')
assert sql.contains('-- Running upgrade 60f0d94bfb69 -> fb47cb2907c3, Add investments\n')
assert sql.contains('CREATE TABLE investments (')
assert !sql.contains('CREATE TABLE users')
assert sql.contains("UPDATE migrate_version SET version_num = 'fb47cb2907c3' WHERE version_num = '60f0d94bfb69';\n")
// the lock an online run takes, and a check that the database is at the range's start before anything changes
def lockKey = (sql =~ /SELECT pg_advisory_lock\((.*)\);\n/)[0][1]
assert sql.trim().endsWith('SELECT pg_advisory_unlock(' + lockKey + ');')
assert sql.contains("  IF heads IS DISTINCT FROM '60f0d94bfb69' THEN\n")
assert sql.indexOf('IF heads IS DISTINCT FROM') < sql.indexOf('CREATE TABLE IF NOT EXISTS migrate_version')
assertAbsent(basedir, 'it-secret-Pa55word')
assert !sql.contains('it-secret-Pa55word')
return true
