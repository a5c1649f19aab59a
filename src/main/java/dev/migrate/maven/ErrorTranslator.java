package dev.migrate.maven;

import dev.migrate.MigrateException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * Maps the core's exceptions to Maven's two failures: a problem in the user's project (a revision, its SQL, drift)
 * is a BUILD FAILURE, a goal that cannot run (configuration, connection) is a BUILD ERROR. The message is the
 * core's, whole; the stack trace stays behind {@code -e}.
 */
final class ErrorTranslator {

    private ErrorTranslator() {
    }

    static Exception translate(MigrateException e) {
        if (e.kind() == MigrateException.Kind.PROJECT) {
            MojoFailureException failure = new MojoFailureException(e.getMessage());
            failure.initCause(e);
            return failure;
        }
        return new MojoExecutionException(e.getMessage(), e);
    }
}
