package dev.migrate.dialect;

/**
 * SQL expressions for the start of the current transaction ({@code start}) and the milliseconds since
 * ({@code elapsedMillis}), so that a revision's statements and its history row go to the server in one batch.
 */
public record TransactionClock(String start, String elapsedMillis) {
}
