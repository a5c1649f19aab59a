import static dev.migrate.testing.ItSupport.*

assertMatches(basedir,
    /\[1\/2\] Applied 1a2b3c4d5e6f in [\d.]+ m?s/,
    /\[2\/2\] Applied 3f2a9c1b7d4e in [\d.]+ m?s/,
    /Upgraded 2 revisions in [\d.]+ m?s\./,
    /\[1\/1\] Reverted 3f2a9c1b7d4e in [\d.]+ m?s/,
    /Downgraded 1 revision in [\d.]+ m?s\./,
    /Generating migrations\/versions\/\d{8}_\d{6}_5e6f7a8b9c0d_add_phone_to_users.sql ... done/)
assertLines(basedir,
    'Upgrading schema public from <base> to 3f2a9c1b7d4e: 2 revisions',
    '[1/2] Running upgrade <base> -> 1a2b3c4d5e6f, Create users',
    '[2/2] Running upgrade 1a2b3c4d5e6f -> 3f2a9c1b7d4e, Create accounts',
    'Downgrading schema public from 3f2a9c1b7d4e to 1a2b3c4d5e6f: 1 revision',
    '[1/1] Running downgrade 3f2a9c1b7d4e -> 1a2b3c4d5e6f, Create accounts',
    'Database is at 3f2a9c1b7d4e (head).',
    '3f2a9c1b7d4e (head)',
    '1a2b3c4d5e6f -> 3f2a9c1b7d4e (head) (current), Create accounts',
    '<base> -> 1a2b3c4d5e6f, Create users',
    'Rev: 1a2b3c4d5e6f',
    'Parent: <base>',
    'CREATE TABLE users (',
    'Database is at 1a2b3c4d5e6f.',
    'Stamped public.migrate_version: 1a2b3c4d5e6f -> 3f2a9c1b7d4e (head)',
    '5e6f7a8b9c0d (head)',
    '3f2a9c1b7d4e -> 5e6f7a8b9c0d (head), Add phone to users',
    'migrate:upgrade',
    '  Applies revisions up to a target (default head), each in its own transaction')

def written = new File(basedir, 'migrations/versions').listFiles().find { it.name.contains('5e6f7a8b9c0d') }
assert written.text.startsWith('''-- Add phone to users
--
-- Revision ID: 5e6f7a8b9c0d
-- Revises: 3f2a9c1b7d4e
-- Create Date: ''')
assert written.text.endsWith('''Z

-- migrate:upgrade

-- migrate:downgrade
''')

// The stamp wrote the version table only: accounts was not re-created.
def url = "jdbc:h2:file:${basedir}/target/db/app"
assert column(url, '', 'select version_num from migrate_version') == ['3f2a9c1b7d4e']
assert column(url, '', "select table_name from information_schema.tables where table_schema = 'PUBLIC' order by 1") ==
    ['MIGRATE_HISTORY', 'MIGRATE_VERSION', 'MIGRATE_VERSION_LOCK', 'USERS']
return true

// the parsed revision files are kept for the next run, the one written by invocation 6 included
def kept = new File(basedir, 'target/migrate/revisions.bin')
assert kept.isFile() && kept.length() > 0 : 'target/migrate/revisions.bin was not written'
assert new String(kept.bytes, 'UTF-8').contains('5e6f7a8b9c0d') : 'the new revision is not in revisions.bin'
