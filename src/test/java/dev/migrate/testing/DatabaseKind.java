package dev.migrate.testing;

/** The real databases the tests run against. */
public enum DatabaseKind {
    POSTGRESQL, H2, MARIADB
}
