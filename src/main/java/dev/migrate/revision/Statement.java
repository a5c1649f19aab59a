package dev.migrate.revision;

/**
 * One SQL statement of a revision section, without its terminator.
 *
 * @param sql  the statement text, comments inside it kept
 * @param line the 1-based line of the file where the statement starts
 */
public record Statement(String sql, int line) {
}
