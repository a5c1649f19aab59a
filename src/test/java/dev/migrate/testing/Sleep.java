package dev.migrate.testing;

/**
 * A Java function for H2 revisions that must take a while:
 * {@code CREATE ALIAS mt_sleep FOR 'dev.migrate.testing.Sleep.millis'}.
 */
public final class Sleep {

    private Sleep() {
    }

    public static int millis(int millis) throws InterruptedException {
        Thread.sleep(millis);
        return millis;
    }
}
