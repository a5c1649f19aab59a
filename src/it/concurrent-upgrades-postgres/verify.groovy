import static dev.migrate.testing.ItSupport.*

// Eight real Maven processes started together (offline, on the invoker's local repository). Revision 1 holds the
// lock until all eight are connected, so seven of them must wait for it.
int runs = 8
def mvn = new File(System.getProperty('maven.home'), 'bin/mvn').path
def processes = (1..runs).collect { n ->
    new ProcessBuilder([mvn, '-B', '-o', '-llr', "-Dmaven.repo.local=${localRepo}".toString(), 'migrate:upgrade'])
        .directory(basedir).redirectErrorStream(true).redirectOutput(new File(basedir, "upgrade-${n}.log")).start()
}
def exits = processes.collect { it.waitFor() }
def logs = (1..runs).collect { new File(basedir, "upgrade-${it}.log").text }
exits.eachWithIndex { code, i -> assert code == 0 : logs[i] }

def applied = logs.collect { log -> log.readLines().count { it.contains('] Running upgrade ') } }
assert applied.sort() == [0] * (runs - 1) + [10] : applied
def late = logs.findAll { !it.contains('Running upgrade') }
late.each { log ->
    def lines = log.readLines()
    int waiting = lines.findIndexOf { it.startsWith('[INFO] Waiting for the migration lock held by \'migrate-maven-plugin lock ') }
    int upToDate = lines.findIndexOf { it == '[INFO] Nothing to upgrade: the database is up to date at c0ffee000010 (head).' }
    assert waiting >= 0 && upToDate > waiting : log
}

def url = pgUrl + '?currentSchema=it_concurrent'
assert column(url, pgUser, "select count(*) from migrate_history where direction = 'upgrade'") == ['10']
assert column(url, pgUser, 'select count(distinct revision) from migrate_history') == ['10']
assert column(url, pgUser, 'select count(*) from counter') == ['9']
assert migrationLocks(url, pgUser, 'it_concurrent') == 0
println "concurrency: ${runs} processes, exits ${exits}, revisions applied per process ${applied}, " +
        "${late.size()} waited for the lock and found the database up to date"
dropSchema(pgUrl, pgUser, 'it_concurrent')
return true
