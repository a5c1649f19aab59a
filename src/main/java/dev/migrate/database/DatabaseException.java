package dev.migrate.database;

import dev.migrate.MigrateException;

/** The database cannot be reached or used: driver, network, credentials, permissions. */
public class DatabaseException extends MigrateException {

    public DatabaseException(String message) {
        super(Kind.SETUP, message);
    }

    public DatabaseException(Kind kind, String message) {
        super(kind, message);
    }
}
