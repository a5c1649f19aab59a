package dev.migrate.runner;

/**
 * What a goal did on one tenant, for the fleet's summary.
 *
 * @param from      the revisions the tenant was at, as the summary prints them ({@code base}, an id, ids joined by
 *                  {@code +}), or {@code -} when the goal does not say
 * @param to        the revisions it is at now, the same way
 * @param revisions how many revisions the goal applied, reverted or stamped
 */
public record TenantOutcome(String from, String to, int revisions) {

    /** The outcome of a goal that reads and changes nothing. */
    public static TenantOutcome unchanged(String at) {
        return new TenantOutcome(at, at, 0);
    }
}
