package dev.migrate.entity;

/**
 * The live server's version, which decides the Hibernate dialect's feature set and so the DDL it writes.
 *
 * @param text  the product version as the driver reports it
 * @param major the major version
 * @param minor the minor version
 */
public record DatabaseVersion(String text, int major, int minor) {
}
