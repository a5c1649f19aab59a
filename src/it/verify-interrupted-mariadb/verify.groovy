import dev.migrate.testing.ItSupport
import dev.migrate.testing.VerifyInterrupt

// mvn migrate:verify, SIGTERM once the first revision has stepped through; then the throwaway database is gone.
def mvn = [new File(System.getProperty('maven.home'), 'bin/mvn').path, '-B', '-o', '-llr',
           "-Dmaven.repo.local=${localRepo}".toString(), "-Dmigrate.url=${mariadbUrl}".toString(),
           "-Dmigrate.username=${mariadbUser}".toString()]
def run = VerifyInterrupt.run(basedir, mvn)
assert run.database() ==~ /\w+_verify_[0-9a-f]{8}/ : run.output()
assert run.output().contains("Verifying 3 revisions on the throwaway MariaDB database ${run.database()}: ") : run.output()
assert run.killedMidRun() : run.output()
assert run.exitCode() == 143 : "exit code ${run.exitCode()}\n${run.output()}"
assert !run.output().contains('Verified 3 revisions') : run.output()
// it says what happened, not that a revision failed
assert run.output().contains("migrate:verify was interrupted (Ctrl-C or SIGTERM) before it ended: the throwaway MariaDB database ${run.database()} was dropped, and nothing of the database migrate.url names was touched.") : run.output()
assert !run.output().contains('connection to the database broke') : run.output()
assert !run.output().contains('Fix the SQL') : run.output()
def left = ItSupport.column(mariadbUrl, mariadbUser, "select schema_name from information_schema.schemata where schema_name like '%\\_verify\\_%'")
assert !left.contains(run.database()) : "${run.database()} is left behind: ${left}"
println "interrupted verify on MariaDB: ${run.database()} dropped; databases named like a throwaway now: ${left}"
return true
