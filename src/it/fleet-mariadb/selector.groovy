return dev.migrate.testing.ItSupport.mariadbAvailable(mariadbUrl, mariadbUser, requireDatabases)
