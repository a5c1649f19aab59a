import dev.migrate.testing.CrashHarness
import dev.migrate.testing.ItSupport

// The crash harness on an H2 file database (see CrashHarness): 20 SIGKILLs at random moments of
// `mvn migrate:upgrade`, then `current` must tell the truth and a rerun must complete or refuse as
// docs/errors.md#incomplete-revision says. The URL is the harness's own, with WRITE_DELAY=0 so that every commit H2
// reports is on disk at once: with H2's default delay a SIGKILL takes back the last half second of commits (the
// statements of the revision under way and its progress rows alike), so the database always reopens between two
// revisions and no kill would test a revision that did not complete. -Dcrash.h2Options replaces the settings;
// -Dcrash.trials / -Dcrash.seed override.
int trials = Integer.getInteger('crash.trials', 20)
long seed = Long.getLong('crash.seed', System.currentTimeMillis())
def dbDir = new File(basedir, 'target/crash-db')
def url = 'jdbc:h2:file:' + new File(dbDir, 'crash').path + System.getProperty('crash.h2Options', ';WRITE_DELAY=0')
def target = new CrashHarness.Target() {
    String url() { url }
    String user() { 'sa' }
    void reset() {
        dbDir.deleteDir()
        ItSupport.execute(url, 'sa', "CREATE ALIAS SLEEP FOR 'java.lang.Thread.sleep(long)'")
    }
    java.sql.Connection connect() { ItSupport.connect(url, 'sa') }
    String stored(String table) { table.toUpperCase() }
}
def mvn = [new File(System.getProperty('maven.home'), 'bin/mvn').path, '-B', '-o', '-llr',
           "-Dmaven.repo.local=${localRepo}".toString(), "-Dmigrate.url=${url}".toString()]
def harness = new CrashHarness(basedir, target, 32, mvn)
int runMillis = harness.calibrate()
def figures = harness.run(trials, seed, runMillis)
figures.problems.each { println it }
println "crash harness, H2 (seed ${seed}, a full run takes ${runMillis} ms after connecting): ${figures}"
assert figures.truthful == trials
// The plugin makes each revision it reports applied durable (CHECKPOINT SYNC), whatever the URL's write delay.
assert figures.logClaimedLost == 0 : "the log called a revision applied that the database lost: ${figures}"
assert figures.rerunOk() == trials
assert figures.settledAndCompleted == figures.rerunRefusedAsDocumented
assert figures.midRevision >= trials / 4 : "too few kills landed inside a revision: ${figures}"
return true
