package dev.migrate.maven;

import dev.migrate.MigrateException;
import dev.migrate.database.Secrets;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * Maps the core's exceptions to Maven's two failures: a problem in the user's project (a revision, its SQL, drift)
 * is a BUILD FAILURE, a goal that cannot run (configuration, connection) is a BUILD ERROR. The message is the
 * core's, whole; the stack trace stays behind {@code -e}. What Maven shows, the message and, under {@code -e}, every
 * cause, passes through the connection's {@link Secrets}: a chain that holds a password reaches Maven only as copies
 * with scrubbed messages, never as the original exceptions (a driver's, say).
 */
final class ErrorTranslator {

    private ErrorTranslator() {
    }

    static Exception translate(MigrateException e, Secrets secrets) {
        Throwable cause = leaks(e, secrets) ? ScrubbedException.copy(e, secrets) : e;
        if (e.kind() == MigrateException.Kind.PROJECT) {
            MojoFailureException failure = new MojoFailureException(secrets.scrub(e.getMessage()));
            failure.initCause(cause);
            return failure;
        }
        return new MojoExecutionException(secrets.scrub(e.getMessage()), cause);
    }

    /** An unexpected exception that carries a password somewhere in its chain, as a BUILD ERROR without it. */
    static MojoExecutionException translateUnexpected(RuntimeException e, Secrets secrets) {
        return new MojoExecutionException(secrets.scrub(String.valueOf(e)), ScrubbedException.copy(e, secrets));
    }

    /** True when a message in the chain of {@code e} holds a secret. */
    static boolean leaks(Throwable e, Secrets secrets) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (secrets.leaksIn(t.getMessage()) || secrets.leaksIn(t.toString())) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (leaks(suppressed, secrets)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A copy of an exception for Maven's output: its scrubbed message and stack, scrubbed causes; {@code toString()}
     * (what a stack trace prints) names the original class.
     */
    static final class ScrubbedException extends Exception {

        private final String originalClass;

        private ScrubbedException(String originalClass, String message, StackTraceElement[] stack) {
            super(message);
            this.originalClass = originalClass;
            setStackTrace(stack);
        }

        static ScrubbedException copy(Throwable original, Secrets secrets) {
            ScrubbedException copy = new ScrubbedException(original.getClass().getName(),
                    secrets.scrub(original.getMessage()), original.getStackTrace());
            if (original.getCause() != null && original.getCause() != original) {
                copy.initCause(copy(original.getCause(), secrets));
            }
            for (Throwable suppressed : original.getSuppressed()) {
                copy.addSuppressed(copy(suppressed, secrets));
            }
            return copy;
        }

        @Override
        public String toString() {
            return getMessage() == null ? originalClass : originalClass + ": " + getMessage();
        }
    }
}
