import static dev.migrate.testing.ItSupport.*

// build.log holds both runs: the first refuses the two heads, the second names them and passes.
assertContains(basedir, 'on project verify-two-heads: migrate:verify needs one head, but the revision files have 2 heads (3f2a9c1b7d4e, 9e8d7c6b5a4f). Join them with \'mvn migrate:merge -Dmigrate.message="merge heads"\' and verify again.')
assertMatches(basedir,
    /Verifying 3 revisions on the throwaway H2 in-memory database migrate_verify_[0-9a-f]{8}: upgrade, downgrade, compare, upgrade again\./,
    /Verified 3 revisions in \d+ ms: each downgrade restores the schema its upgrade started from; heads 3f2a9c1b7d4e, 9e8d7c6b5a4f, as migrate.heads names them\./)
assertNoStackTrace(basedir)
assert new File(basedir, 'target/migrate/verify.json').text.startsWith('{\n  "result": "passed",\n')
return true
