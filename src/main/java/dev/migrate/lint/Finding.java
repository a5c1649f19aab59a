package dev.migrate.lint;

/**
 * One hazard found in a statement.
 *
 * @param file     the revision file as shown to users
 * @param line     the statement's line in the file
 * @param severity after the table's size and {@code lintRules}
 * @param rule     the rule that found it
 * @param message  what the database does, naming the table (and its live size when connected)
 * @param fix      the safe form
 */
public record Finding(String file, int line, Severity severity, Rule rule, String message, String fix) {

    /** {@code file:line: severity [rule] message}. */
    public String headline() {
        return file + ":" + line + ": " + severity.word() + " [" + rule.ruleName() + "] " + message;
    }

    /** The line printed under the headline. */
    public String fixLine() {
        return "    safe form: " + fix;
    }
}
