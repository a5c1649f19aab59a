import static dev.migrate.testing.ItSupport.*

assertContains(basedir, 'on project verify-downgrade-forgets-index: migrations/versions/20261102_090000_3f2a9c1b7d4e_index_emails.sql: the downgrade of revision 3f2a9c1b7d4e (Index emails) does not undo its upgrade:\n')
assertLines(basedir,
    '  - table USERS: index USERS_EMAIL_IDX is left over after the downgrade',
    '  - sequence INVOICE_NUMBERS is left over after the downgrade',
    "Make the '-- migrate:downgrade' section undo every change of the upgrade, then run 'mvn migrate:verify' again.")
assertAbsent(basedir, 'at dev.migrate')
assert new File(basedir, 'target/migrate/verify.json').text.startsWith('{\n  "result": "failed",\n')
return true
