package dev.migrate.dialect;

import dev.migrate.schema.Schema;

/**
 * The live schema and the desired one (Hibernate's DDL applied in a scratch namespace), read by the same reader and
 * spelled alike, ready to diff.
 *
 * @param live    what the database has
 * @param desired what the entities describe
 */
public record ComparedSchemas(Schema live, Schema desired) {
}
