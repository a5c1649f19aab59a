import static dev.migrate.testing.ItSupport.*

// Two real Maven processes, started together (offline, on the invoker's local repository); revision 1 sleeps 3 s inside the lock, so they overlap.
def mvn = new File(System.getProperty('maven.home'), 'bin/mvn').path
def run = { name ->
    new ProcessBuilder([mvn, '-B', '-o', '-llr', "-Dmaven.repo.local=${localRepo}".toString(), 'migrate:upgrade'])
        .directory(basedir).redirectErrorStream(true).redirectOutput(new File(basedir, name)).start()
}
def first = run('upgrade-1.log')
def second = run('upgrade-2.log')
assert first.waitFor() == 0 : new File(basedir, 'upgrade-1.log').text
assert second.waitFor() == 0 : new File(basedir, 'upgrade-2.log').text

def logs = ['upgrade-1.log', 'upgrade-2.log'].collect { new File(basedir, it).text }
def applied = logs.collect { log -> log.readLines().count { it.contains('] Running upgrade ') } }
assert applied.sort() == [0, 10] : logs
def late = logs.find { !it.contains('Running upgrade') }
assert late.contains('[INFO] Waiting for the migration lock held by \'migrate-maven-plugin lock ') : late
assert late.contains('[INFO] Nothing to upgrade: the database is up to date at c0ffee000010 (head).') : late

def url = pgUrl + '?currentSchema=it_concurrent'
assert column(url, pgUser, "select count(*) from migrate_history where direction = 'upgrade'") == ['10']
assert column(url, pgUser, 'select count(distinct revision) from migrate_history') == ['10']
assert column(url, pgUser, 'select count(*) from counter') == ['9']
assert column(url, pgUser, 'select count(*) from pg_locks where locktype = \'advisory\'') == ['0']
return true
