import static dev.migrate.testing.ItSupport.*

// A database whose tables were made before the project used migrations (by hibernate.hbm2ddl.auto, or by hand):
// the committed revisions' upgrade SQL, run directly, with no version table.
copyExample(new File(exampleDir), basedir, projectVersion)
resetSchema(pgUrl, pgUser, 'it_example_stamp')
def url = pgUrl + '?currentSchema=it_example_stamp'
new File(basedir, 'migrations/versions').listFiles().sort { it.name }.each { execute(url, pgUser, upgradeSection(it)) }
// A second such schema with the first revision's tables only, adopted in one run with migrate.baseline.
resetSchema(pgUrl, pgUser, 'it_example_baseline')
def first = new File(basedir, 'migrations/versions').listFiles().sort { it.name }[0]
execute(pgUrl + '?currentSchema=it_example_baseline', pgUser, upgradeSection(first))
def pom = new File(basedir, 'pom.xml')
replaceIn(pom, 'jdbc:postgresql://localhost:5432/finance', url)
replaceIn(pom, '<migrate.serverId>finance-dev</migrate.serverId>', '<migrate.serverId>it-postgres</migrate.serverId>')
