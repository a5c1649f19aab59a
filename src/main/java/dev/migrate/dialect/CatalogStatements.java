package dev.migrate.dialect;

/**
 * How one database spells the small catalog questions and namespace commands every run needs; {@link Inspector}
 * runs them.
 *
 * @param currentSchema the query for the schema unqualified names resolve to
 * @param schemaExists  the query that returns a row when the schema given as its parameter exists
 * @param createSchema  the command that creates a schema, up to its quoted name
 * @param useSchema     the command that makes a schema the current one, up to its quoted name
 * @param tableExists   the query that returns a row when the table (second parameter) exists in the schema (first)
 */
public record CatalogStatements(String currentSchema, String schemaExists, String createSchema, String useSchema,
                                String tableExists) {
}
