import static dev.migrate.testing.ItSupport.*

def files = new File(basedir, 'migrations/versions').list().sort()
assert files.size() == 2 : files
assert files[0].endsWith('_c1c1c1c1c1c1_create_customer.sql')
assert files[1].endsWith('_e2e2e2e2e2e2_empty_one.sql')
assertLines(basedir,
    'No changes detected: the database matches the entities.',
    'No changes in schema detected: the database matches the entities. No revision written.')
assertContains(basedir,
    "Target database is not up to date: it is at c1c1c1c1c1c1, the revisions' head is e2e2e2e2e2e2 (head). Run 'mvn migrate:upgrade' first, so the new revision starts where the last one ends.",
    'The database and the entities differ (1 change):\n' +
    '[ERROR]   - changed column CUSTOMER.NAME (type CHARACTER VARYING(40) -> CHARACTER VARYING(80))\n' +
    '[ERROR] Write a revision for them with \'mvn migrate:revision -Dmigrate.message="..."\', review it, and commit it with the entity changes.')
assertAbsent(basedir, 'at dev.migrate')
return true
