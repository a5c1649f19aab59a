import groovy.json.JsonSlurper

import static dev.migrate.testing.ItSupport.*

// Under -q Maven logs nothing at INFO: what is left in build.log is each goal's result, in order, with no prefix.
// Maven itself adds blank lines and colour resets (ESC[0m, which Debian's Maven 3.8.7 writes to standard output even
// under -q and -B; `mvn -q validate` alone prints one) and the invoker its hook lines: those are set aside.
def out = log(basedir).replace('\r\n', '\n').replaceAll('\u001B\\[[0-9;]*m', '')
def lines = out.split('\n').findAll { !it.isEmpty() && !(it ==~ /(Running|Finished) (pre|post)-build script: .*/) }
def versions = 'migrations/versions/'
assert lines[0..2] == [
    '60f0d94bfb69',                                                  // current
    'fb47cb2907c3 (head)',                                           // heads
    '<base> -> 60f0d94bfb69 (current), Create users and accounts',   // history -3:current, clamped at base
] : out
assert lines[3].startsWith('{"current":[')
assert lines[4].startsWith('{"current":["60f0d94bfb69"],"revisions":[')

def current = new JsonSlurper().parseText(lines[3])
assert current.current.size() == 1
assert current.current[0].revision == '60f0d94bfb69'
assert current.current[0].message == 'Create users and accounts'
assert current.current[0].parents == []
assert current.current[0].head == false
assert current.current[0].file == versions + '20261125_074608_60f0d94bfb69_create_users_and_accounts.sql'

def history = new JsonSlurper().parseText(lines[4])
assert history.current == ['60f0d94bfb69']
assert history.revisions*.revision == ['fb47cb2907c3', '60f0d94bfb69']
assert history.revisions*.current == [false, true]
assert history.revisions*.head == [true, false]
assert history.revisions[0].parents == ['60f0d94bfb69']
assert history.revisions[0].applied == null
assert history.revisions[1].applied.direction == 'upgrade'
assert history.revisions[1].applied.by == System.getProperty('user.name')

// The offline SQL follows as it is, then nothing: the Mermaid picture and the heads went to their files.
assert lines[5] == '-- upgrade 60f0d94bfb69:head (H2)'
def sql = out.substring(out.indexOf(lines[5]))
assert sql.contains('\nCREATE TABLE investments (\n')
assert sql.contains("\nUPDATE migrate_version SET version_num = 'fb47cb2907c3' WHERE version_num = '60f0d94bfb69';\n")
assert !sql.contains('CREATE TABLE users')
assert lines.last().startsWith('INSERT INTO migrate_history ')
assert !out.contains('[INFO]') && !out.contains('[WARNING]') && !out.contains('Wrote ')

assert new File(basedir, 'target/graph.mmd').text == '''flowchart TD
    r60f0d94bfb69["60f0d94bfb69 (current)<br/>Create users and accounts"]
    rfb47cb2907c3["fb47cb2907c3 (head)<br/>Add investments"]
    r60f0d94bfb69 --> rfb47cb2907c3
    classDef current stroke-width:4px
    class r60f0d94bfb69 current
'''
def heads = new JsonSlurper().parse(new File(basedir, 'target/heads.json'))
assert heads.heads*.revision == ['fb47cb2907c3']
assert heads.heads[0].head == true
return true
