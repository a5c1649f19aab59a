package dev.migrate.entity;

import dev.migrate.MigrateException;

/** The entities cannot be found, loaded or mapped. */
public final class EntityException extends MigrateException {

    public EntityException(String message) {
        super(Kind.PROJECT, message);
    }
}
