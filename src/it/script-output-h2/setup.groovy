dev.migrate.testing.ItSupport.copyExample(new File(exampleDir), basedir, projectVersion)
