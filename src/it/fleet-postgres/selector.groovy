return dev.migrate.testing.ItSupport.postgresAvailable(pgUrl, pgUser, requireDatabases)
