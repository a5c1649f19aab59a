import static dev.migrate.testing.ItSupport.*

// The stairway passes; the model check at head names the entity change that has no revision.
assertMatches(basedir,
    /60f0d94bfb69 Create users and accounts: up \d+ ms, down \d+ ms/,
    /fb47cb2907c3 Add investments: up \d+ ms, down \d+ ms/)
assertContains(basedir, 'At head, the entities and the schema the revisions build differ (1 change):\n')
assertLines(basedir, '  - added column INVESTMENTS.BROKER',
    'Write a revision for them with \'mvn migrate:revision -Dmigrate.message="..."\', review it, and commit it with the entity changes.')
assertAbsent(basedir, 'at dev.migrate')
assert new File(basedir, 'target/migrate/verify.json').text.startsWith('{\n  "result": "failed",\n')
return true
