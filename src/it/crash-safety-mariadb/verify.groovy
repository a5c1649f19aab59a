import dev.migrate.testing.CrashHarness
import dev.migrate.testing.ItSupport

// The crash harness on MariaDB (see CrashHarness): 20 SIGKILLs at random moments of `mvn migrate:upgrade`, then
// `current` must tell the truth and a rerun must complete or refuse as docs/errors.md#incomplete-revision says.
// -Dcrash.trials / -Dcrash.seed override.
int trials = Integer.getInteger('crash.trials', 20)
long seed = Long.getLong('crash.seed', System.currentTimeMillis())
def server = mariadbUrl
def url = server.replaceFirst('/[^/?]*(\\?|$)', '/it_crash$1')
def target = new CrashHarness.Target() {
    String url() { url }
    String user() { mariadbUser }
    void reset() { ItSupport.execute(server, mariadbUser, 'drop database if exists it_crash', 'create database it_crash') }
    java.sql.Connection connect() { ItSupport.connect(url, mariadbUser) }
    String stored(String table) { table }
}
def mvn = [new File(System.getProperty('maven.home'), 'bin/mvn').path, '-B', '-o', '-llr',
           "-Dmaven.repo.local=${localRepo}".toString(), "-Dmigrate.url=${url}".toString()]
def harness = new CrashHarness(basedir, target, 32, mvn)
int runMillis = harness.calibrate()
def figures = harness.run(trials, seed, runMillis)
ItSupport.execute(server, mariadbUser, 'drop database if exists it_crash')
figures.problems.each { println it }
println "crash harness, MariaDB (seed ${seed}, a full run takes ${runMillis} ms after connecting): ${figures}"
assert figures.truthful == trials
assert figures.logClaimedLost == 0
assert figures.rerunOk() == trials
assert figures.settledAndCompleted == figures.rerunRefusedAsDocumented
assert figures.midRevision >= trials / 4 : "too few kills landed inside a revision: ${figures}"
return true
