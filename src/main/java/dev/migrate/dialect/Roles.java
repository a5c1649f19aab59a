package dev.migrate.dialect;

/**
 * The parts one database is made of besides its spelling, each with one job (see {@link Dialect}).
 *
 * @param inspector reads the catalog: schemas, tables, the live schema and Hibernate's script in a scratch namespace
 * @param locker    takes the migration lock, online and in offline scripts
 * @param ownTables the DDL of the version and history tables
 * @param renderer  renders changes as SQL statements, and says what the database does with existing rows
 */
public record Roles(Inspector inspector, Locker locker, OwnTables ownTables, ChangeRenderer renderer) {
}
