import static dev.migrate.testing.ItSupport.*

// The copy asks for the plugin under test.
assert examplePluginVersion(new File(basedir, 'pom.xml').text) == projectVersion
assertMatches(basedir,
    /Database: H2 at jdbc:h2:file:.*\/target\/db\/finance, schema public/,
    /\[1\/2\] Applied 60f0d94bfb69 in [\d.]+ m?s/,
    /\[2\/2\] Applied fb47cb2907c3 in [\d.]+ m?s/,
    /Upgraded 2 revisions in [\d.]+ m?s\./)
assertLines(basedir,
    'Upgrading schema public from <base> to fb47cb2907c3: 2 revisions',
    '[1/2] Running upgrade <base> -> 60f0d94bfb69, Create users and accounts',
    '[2/2] Running upgrade 60f0d94bfb69 -> fb47cb2907c3, Add investments',
    'Database is at fb47cb2907c3 (head).',
    '60f0d94bfb69 -> fb47cb2907c3 (head) (current), Add investments',
    '<base> -> 60f0d94bfb69, Create users and accounts',
    'fb47cb2907c3 (head)')
// history lists newest first, then current prints the head.
assert lineIndex(basedir, /60f0d94bfb69 -> fb47cb2907c3 \(head\) \(current\), Add investments/) <
    lineIndex(basedir, /<base> -> 60f0d94bfb69, Create users and accounts/)

def url = "jdbc:h2:file:${basedir}/target/db/finance"
assert column(url, '', 'select version_num from migrate_version') == ['fb47cb2907c3']
assert column(url, '', "select table_name from information_schema.tables where table_schema = 'PUBLIC' order by 1") ==
    ['ACCOUNTS', 'INVESTMENTS', 'MIGRATE_HISTORY', 'MIGRATE_VERSION', 'MIGRATE_VERSION_LOCK', 'USERS']
assert column(url, '', "select revision || ' ' || direction from migrate_history order by id") ==
    ['60f0d94bfb69 upgrade', 'fb47cb2907c3 upgrade']
return true
