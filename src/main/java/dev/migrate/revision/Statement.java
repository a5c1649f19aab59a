package dev.migrate.revision;

/**
 * One SQL statement of a revision section, without its terminator.
 *
 * @param sql       the statement text, comments inside it kept
 * @param line      the 1-based line of the file where the statement starts
 * @param delimiter the terminator it was written with: {@code ;}, or the one a MariaDB {@code DELIMITER} line set
 */
public record Statement(String sql, int line, String delimiter) {

    /** A statement written with the usual {@code ;} terminator. */
    public Statement(String sql, int line) {
        this(sql, line, ";");
    }
}
