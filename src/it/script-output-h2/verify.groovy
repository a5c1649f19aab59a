import groovy.json.JsonSlurper

import static dev.migrate.testing.ItSupport.*

// Under -q Maven logs nothing at INFO: what is left in build.log is each goal's result, in order, with no prefix.
def log = log(basedir).replace('\r\n', '\n')
def versions = 'migrations/versions/'
def expectedStart = '''60f0d94bfb69
fb47cb2907c3 (head)
60f0d94bfb69 (current), Create users and accounts
'''
// -3:current on a database at the first revision stops at base: the one revision, no "No revisions in range".
expectedStart = '''60f0d94bfb69
fb47cb2907c3 (head)
<base> -> 60f0d94bfb69 (current), Create users and accounts
'''
assert log.startsWith(expectedStart) : "build.log:\n" + log
def lines = log.split('\n') as List
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
def sql = log.substring(log.indexOf(lines[5]))
assert lines[5] == '-- upgrade 60f0d94bfb69:fb47cb2907c3 (H2)' || lines[5].startsWith('-- upgrade 60f0d94bfb69:head')
assert sql.contains('CREATE TABLE investments (')
assert !sql.contains('CREATE TABLE users')
assert !log.contains('[INFO]') && !log.contains('Wrote ')

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
