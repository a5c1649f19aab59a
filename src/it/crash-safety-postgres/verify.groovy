import static dev.migrate.testing.ItSupport.*

// The crash harness: start `mvn migrate:upgrade` over 50 revisions, SIGKILL it at a random moment once it holds the
// migration lock, then check what it left: the database is at a revision boundary (the version row matches the
// tables and the history), the lock is free, and a rerun completes. -Dcrash.trials / -Dcrash.seed override.
int trials = Integer.getInteger('crash.trials', 20)
long seed = Long.getLong('crash.seed', System.currentTimeMillis())
def random = new Random(seed)
def url = pgUrl + '?currentSchema=it_crash'
def mvn = new File(System.getProperty('maven.home'), 'bin/mvn').path
def upgrade = { String log ->
    new ProcessBuilder([mvn, '-B', '-o', '-llr', "-Dmaven.repo.local=${localRepo}".toString(), 'migrate:upgrade'])
        .directory(basedir).redirectErrorStream(true).redirectOutput(new File(basedir, log)).start()
}
def advisoryLocks = { migrationLocks(url, pgUser, 'it_crash') }
def tableNumbers = {
    column(url, pgUser, "select table_name from information_schema.tables where table_schema = 'it_crash' " +
            "and table_name like 't\\_%'").collect { it.substring(2) as int }.sort()
}

def exists = { table -> column(url, pgUser, "select to_regclass('it_crash.${table}') is not null")[0] == 't' }
def versionRows = { exists('migrate_version') ? column(url, pgUser, 'select version_num from migrate_version') : [] }

// Calibration: one uninterrupted run, timed from the moment it holds the lock, so that kills land inside runs.
def waitForLock = { process ->
    long deadline = System.currentTimeMillis() + 120_000
    while (process.alive && advisoryLocks() == 0 && System.currentTimeMillis() < deadline) {
        Thread.sleep(5)
    }
}
resetSchema(pgUrl, pgUser, 'it_crash')
def calibration = upgrade('calibration.log')
waitForLock(calibration)
long lockedAt = System.currentTimeMillis()
assert calibration.waitFor() == 0 : new File(basedir, 'calibration.log').text
int runMillis = Math.max(200, (int) (System.currentTimeMillis() - lockedAt))

def counts = [beforeFirst: 0, midRun: 0, afterLast: 0, boundary: 0, lockFree: 0, rerun: 0]
def lockFreeMillis = []
(1..trials).each { trial ->
    resetSchema(pgUrl, pgUser, 'it_crash')
    def process = upgrade("crash-${trial}.log")
    waitForLock(process)
    Thread.sleep(random.nextInt(runMillis))
    process.destroyForcibly() // SIGKILL
    process.waitFor()

    long killedAt = System.currentTimeMillis()
    while (advisoryLocks() != 0 && System.currentTimeMillis() - killedAt < 10_000) {
        Thread.sleep(5)
    }
    if (advisoryLocks() == 0) {
        counts.lockFree++
        lockFreeMillis << System.currentTimeMillis() - killedAt
    }

    def version = versionRows()
    int at = version.isEmpty() ? 0 : (version[0].substring(4) as int)
    def tables = tableNumbers()
    int history = exists('migrate_history')
            ? column(url, pgUser, "select count(*) from migrate_history where direction = 'upgrade'")[0] as int : 0
    if (tables == (at == 0 ? [] : (1..at).toList()) && history == at && version.size() <= 1) {
        counts.boundary++
    } else {
        println "trial ${trial}: NOT at a boundary: version ${version}, tables ${tables}, history rows ${history}"
    }
    counts[at == 0 ? 'beforeFirst' : at == 50 ? 'afterLast' : 'midRun']++

    def rerun = upgrade("rerun-${trial}.log")
    def rerunLog = { new File(basedir, "rerun-${trial}.log").text }
    if (rerun.waitFor() == 0 && tableNumbers() == (1..50).toList()
            && versionRows() == ['dead00000050']
            && rerunLog().readLines().count { it.contains('] Running upgrade ') } == 50 - at) {
        counts.rerun++
    } else {
        println "trial ${trial}: the rerun did not complete:\n" + rerunLog()
    }
    println "trial ${trial}: killed at revision ${at} of 50"
}

println "crash harness (seed ${seed}, a full run holds the lock ${runMillis} ms): ${trials} trials; killed before the first revision ${counts.beforeFirst}, " +
        "mid-run ${counts.midRun}, after the last ${counts.afterLast}; at a revision boundary ${counts.boundary}/" +
        "${trials}; lock free ${counts.lockFree}/${trials} (within ${lockFreeMillis.max()} ms); rerun completed " +
        "${counts.rerun}/${trials}"
assert counts.boundary == trials
assert counts.lockFree == trials
assert counts.rerun == trials
assert counts.midRun >= trials / 4 : "too few kills landed inside the run: ${counts}"
dropSchema(pgUrl, pgUser, 'it_crash')
return true
