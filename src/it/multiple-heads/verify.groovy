import static dev.migrate.testing.ItSupport.*

assertContains(basedir, "Multiple head revisions are present for target 'head': 3f2a9c1b7d4e, 9e8d7c6b5a4f. Name one of them, use '<branch label>@head' to narrow to one branch or 'heads' for every head, or join them with 'mvn migrate:merge -Dmigrate.message=\"merge heads\"' (list them with 'mvn migrate:heads').")
assertAbsent(basedir, 'at dev.migrate')
assertMatches(basedir, /Generating migrations\/versions\/\d{8}_\d{6}_77aa88bb99cc_merge_accounts_and_investments.sql ... done \(merges 3f2a9c1b7d4e, 9e8d7c6b5a4f\)/,
    /\[1\/1\] Applied 77aa88bb99cc in [\d.]+ m?s/)
assertLines(basedir, 'Upgrading schema public from 3f2a9c1b7d4e, 9e8d7c6b5a4f to 77aa88bb99cc: 1 revision',
    '[1/1] Running upgrade 3f2a9c1b7d4e, 9e8d7c6b5a4f -> 77aa88bb99cc, Merge accounts and investments')
assertLines(basedir, '77aa88bb99cc (head)', 'Database is at 77aa88bb99cc (head).')
def merge = new File(basedir, 'migrations/versions').listFiles().find { it.name.contains('77aa88bb99cc') }
assert merge.text.contains('-- Revises: 3f2a9c1b7d4e, 9e8d7c6b5a4f\n')
return true
