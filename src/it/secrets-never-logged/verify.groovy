import static dev.migrate.testing.ItSupport.*

// The one password every invoker case uses (src/it/settings.xml); it must be in no case's build.log.
def secret = 'it-secret-Pa55word'
assertLines(basedir, 'Database is at 3f2a9c1b7d4e (head).')
assertContains(basedir, 'Cannot connect to jdbc:postgresql://127.0.0.1:1/app as user \'sa\'')
assertContains(basedir, 'Authentication failed connecting to jdbc:h2:file:')
assertContains(basedir, 'The URL jdbc:postgresql://sa:***@127.0.0.1:5432/test puts credentials before the host')
assertContains(basedir, 'Cannot connect to jdbc:mariadb://db.invalid:3306/test?password=*** as user \'sa\': unknown host \'db.invalid\'')
assertContains(basedir, 'The PostgreSQL JDBC driver does not accept the URL jdbc:postgresql://127.0.0.1:54x32/test?password=***: it is malformed.')
assertContains(basedir, 'Authentication failed connecting to jdbc:mariadb://127.0.0.1:3306/test?password=*** as user \'sa\'')
assertContains(basedir, 'migrate.connectTimeout is 0: give the seconds the database may take to accept a connection, at least 1 (the default is 30).')
def logs = basedir.parentFile.listFiles().collect { new File(it, 'build.log') }.findAll { it.isFile() }
assert logs.contains(new File(basedir, 'build.log'))
logs.each { log ->
    assert !log.getText('UTF-8').contains(secret) : "${log} contains the password"
}
println "secrets-never-logged: checked ${logs.size()} build logs: ${logs*.parentFile*.name.sort()}"
return true
