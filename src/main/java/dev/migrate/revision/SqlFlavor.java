package dev.migrate.revision;

/** The lexical rules of a database's SQL that matter for splitting a script into statements. */
public enum SqlFlavor {
    /**
     * Dollar quotes, nested block comments, {@code E'...'} strings with backslash escapes; like psql, no split inside
     * parentheses or inside the {@code BEGIN ATOMIC ... END} body of {@code CREATE FUNCTION/PROCEDURE}.
     */
    POSTGRESQL(true, true, false),
    /** Dollar quotes ({@code $$...$$}), standard strings, nested block comments. */
    H2(true, true, false),
    /**
     * Backtick identifiers, {@code #} comments, backslash escapes in strings, flat block comments ({@code /*!} ones
     * kept as SQL), {@code DELIMITER} lines.
     */
    MYSQL(false, false, true);

    final boolean dollarQuotes;
    final boolean nestedComments;
    final boolean mysql;

    SqlFlavor(boolean dollarQuotes, boolean nestedComments, boolean mysql) {
        this.dollarQuotes = dollarQuotes;
        this.nestedComments = nestedComments;
        this.mysql = mysql;
    }
}
