dev.migrate.testing.ItSupport.resetSchema(pgUrl, pgUser, 'it_progress')
