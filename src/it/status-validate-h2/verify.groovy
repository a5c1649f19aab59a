import groovy.json.JsonSlurper

import static dev.migrate.testing.ItSupport.*

// 1: the status table, then validate's two lines
assertMatches(basedir,
    /Revision      State              Applied               By +Message/,
    /1a2b3c4d5e6f  applied \(current\)  \d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ  \S+ +Create users/,
    /3f2a9c1b7d4e  pending  +Create accounts/)
assertLines(basedir,
    '2 revisions: 1 applied, 1 pending.',
    'Database: 1 applied revisions match their files; 1 pending.',
    'Validated 2 revisions in migrations/versions: one head, 3f2a9c1b7d4e.')

// 2: the JSON a script reads
def status = new JsonSlurper().parse(new File(basedir, 'target/status.json'))
assert status.current == ['1a2b3c4d5e6f']
assert status.revisions.collect { [it.revision, it.state, it.head, it.parents] }.sort { it[0] } ==
    [['1a2b3c4d5e6f', 'applied', false, []], ['3f2a9c1b7d4e', 'pending', true, ['1a2b3c4d5e6f']]]
assert status.revisions.find { it.revision == '1a2b3c4d5e6f' }.file == 'migrations/versions/20261101_090000_1a2b3c4d5e6f_create_users.sql'
assert status.revisions.every { it.detail == null }

// 3: validate names the edited revision, its file and both checksums, and says what to do
def url = "jdbc:h2:file:${basedir}/target/db/app"
def recorded = column(url, '', "select checksum from migrate_history where revision = '1a2b3c4d5e6f'")[0]
assertContains(basedir, 'validate (default-cli) on project status-validate-h2: Validation failed: 1 problem')
assertMatches(basedir, "  1a2b3c4d5e6f \\(edited/versions/20261101_090000_1a2b3c4d5e6f_create_users\\.sql\\) is edited: "
    + "upgrade checksum ${recorded} when it ran, (?!${recorded})[0-9a-f]{64} in the file now")
assertLines(basedir, "Run 'mvn migrate:status' to see every revision; docs/errors.md#validation-failed says what to do "
    + 'for each problem.')
assertNoStackTrace(basedir)
// validate changed nothing
assert column(url, '', 'select version_num from migrate_version') == ['1a2b3c4d5e6f']
return true
