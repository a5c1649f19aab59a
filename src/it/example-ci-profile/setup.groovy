import static dev.migrate.testing.ItSupport.*

copyExample(new File(exampleDir), basedir, projectVersion)
// The staging profile's credentials come from a settings.xml server; the tests' settings.xml calls it it-postgres.
// Its database is never contacted: this case only writes the offline SQL.
replaceIn(new File(basedir, 'pom.xml'), '<migrate.serverId>finance-staging</migrate.serverId>',
    '<migrate.serverId>it-postgres</migrate.serverId>')
