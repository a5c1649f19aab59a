import static dev.migrate.testing.ItSupport.*

// A developer's checkout of the example, plus the guide's new entity (this case's src/main/java), with the
// postgres profile pointed at this case's own schema and settings server, as a user points it at theirs.
copyExample(new File(exampleDir), basedir, projectVersion)
resetSchema(pgUrl, pgUser, 'it_example_workflow')
def pom = new File(basedir, 'pom.xml')
replaceIn(pom, 'jdbc:postgresql://localhost:5432/finance', pgUrl + '?currentSchema=it_example_workflow')
replaceIn(pom, '<migrate.serverId>finance-dev</migrate.serverId>', '<migrate.serverId>it-postgres</migrate.serverId>')
