import static dev.migrate.testing.ItSupport.*

assertContains(basedir, 'Found classes mapped with javax.persistence, which Hibernate 6 and later ignore: com.example.Legacy. Change their imports to jakarta.persistence (Jakarta Persistence 3).')
assertAbsent(basedir, 'at dev.migrate')
assert !new File(basedir, 'migrations').exists()
return true
