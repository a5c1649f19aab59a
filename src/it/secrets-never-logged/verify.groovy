import static dev.migrate.testing.ItSupport.*

// The one password every invoker case uses (src/it/settings.xml); it must be in no case's build.log.
def secret = 'it-secret-Pa55word'
assertLines(basedir, 'Database is at 3f2a9c1b7d4e (head).')
assertContains(basedir, 'Cannot connect to jdbc:postgresql://127.0.0.1:1/app as user \'sa\'')
assertContains(basedir, 'Authentication failed connecting to jdbc:h2:file:')
def logs = basedir.parentFile.listFiles().collect { new File(it, 'build.log') }.findAll { it.isFile() }
assert logs.contains(new File(basedir, 'build.log'))
logs.each { log ->
    assert !log.getText('UTF-8').contains(secret) : "${log} contains the password"
}
println "secrets-never-logged: checked ${logs.size()} build logs: ${logs*.parentFile*.name.sort()}"
return true
