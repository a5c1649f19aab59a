package dev.migrate.dialect;

/**
 * The two session settings that let a run's commits return before the database has flushed them to disk
 * ({@code early}) and that make them wait for the flush again ({@code durable}).
 */
public record EarlyCommits(String early, String durable) {
}
