import static dev.migrate.testing.ItSupport.*

// The staging profile names server 'finance-staging', which the tests' settings.xml does not have: offline SQL never
// connects, so it must not need the credentials.
copyExample(new File(exampleDir), basedir, projectVersion)
return true
