package dev.migrate.revision;

/**
 * A MariaDB routine, trigger or event with a {@code BEGIN ... END} body (or a {@code BEGIN NOT ATOMIC} block) written
 * without a {@code DELIMITER} line: the first {@code ;} inside the body would end the statement.
 */
public final class MissingDelimiterException extends RevisionException {

    private final int line;

    public MissingDelimiterException(String source, int line) {
        super(source + ":" + line + ": this compound statement (BEGIN ... END) would be cut at the first ';' inside "
                + "it; as for the mariadb client, write 'DELIMITER //' on the line before it, end it with 'END//' and "
                + "write 'DELIMITER ;' after it");
        this.line = line;
    }

    public int line() {
        return line;
    }
}
