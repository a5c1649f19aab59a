import static dev.migrate.testing.ItSupport.*

assertMatches(basedir,
    /--- migrate-maven-plugin:.*:verify \(default\) @ verify-h2 ---/,
    /Verifying 2 revisions on the throwaway H2 in-memory database migrate_verify_[0-9a-f]{8}: upgrade, downgrade, compare, upgrade again\./,
    /1a2b3c4d5e6f Create users: up \d+ ms, down \d+ ms/,
    /3f2a9c1b7d4e Create accounts: up \d+ ms, down \d+ ms, 1 check passed/,
    /Verified 2 revisions in \d+ ms: each downgrade restores the schema its upgrade started from; one head, 3f2a9c1b7d4e\./)
assertLines(basedir, 'Model matches: skipped, the project has no compiled classes.',
    'Offline equals online: the offline script for base:head builds the same schema.')
assertNoStackTrace(basedir)

def report = new File(basedir, 'target/migrate/verify.json').text
assert report.startsWith('{\n  "result": "passed",\n')
assert report.contains('{"id": "3f2a9c1b7d4e", "message": "Create accounts", "file": "migrations/versions/20261102_090000_3f2a9c1b7d4e_create_accounts.sql"')
// the database of url was never opened, so never created
assert !new File(basedir, 'target/db/app.mv.db').exists()
return true
