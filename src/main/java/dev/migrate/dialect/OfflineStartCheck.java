package dev.migrate.dialect;

/**
 * What an offline script checks before it changes anything: the version table's rows it was written for, and the
 * error it stops with otherwise, which names what the database is at between {@code messageBefore} and
 * {@code messageAfter}.
 *
 * @param expectedHeads the rows, sorted, separated by {@code ", "}; empty for base
 * @param messageBefore the error's text before what the database is at
 * @param messageAfter  the error's text after it
 */
public record OfflineStartCheck(String expectedHeads, String messageBefore, String messageAfter) {
}
