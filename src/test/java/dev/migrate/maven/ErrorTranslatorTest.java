package dev.migrate.maven;

import dev.migrate.MigrateException;
import dev.migrate.database.DatabaseSettings;
import dev.migrate.database.Secrets;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.UnknownHostException;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** What {@code mvn -e} prints of a failure (message, causes, stack) never holds a password of the connection. */
class ErrorTranslatorTest {

    private static final Secrets SECRETS = new DatabaseSettings(
            "jdbc:postgresql://db.invalid:5432/app?password=url%2Bsecret", "app", "setting-secret").secrets();

    private static String stackTrace(Throwable t) {
        StringWriter text = new StringWriter();
        t.printStackTrace(new PrintWriter(text));
        return text.toString();
    }

    private static void assertNoSecret(String text) {
        for (String secret : new String[] {"url%2Bsecret", "url+secret", "setting-secret"}) {
            assertFalse(text.contains(secret), () -> "a password leaked: " + text);
        }
    }

    @Test
    void causesReachMavenAsScrubbedCopiesWithTheirClassNames() {
        SQLException driver = new SQLException("unknown host 'app:url+secret@db.invalid'",
                new UnknownHostException("app:url+secret@db.invalid"));
        driver.addSuppressed(new IllegalStateException("setting-secret"));
        MigrateException e = new MigrateException(MigrateException.Kind.SETUP, "Cannot connect: setting-secret",
                driver);

        Exception translated = ErrorTranslator.translate(e, SECRETS);

        MojoExecutionException error = assertInstanceOf(MojoExecutionException.class, translated);
        assertEquals("Cannot connect: ***", error.getMessage());
        assertEquals("dev.migrate.MigrateException: Cannot connect: ***", error.getCause().toString());
        assertEquals("java.sql.SQLException: unknown host 'app:***@db.invalid'",
                error.getCause().getCause().toString());
        assertEquals("java.net.UnknownHostException: app:***@db.invalid",
                error.getCause().getCause().getCause().toString());
        assertNoSecret(stackTrace(error));
        assertEquals(e.getStackTrace()[0], error.getCause().getStackTrace()[0]);
        assertEquals("unknown host 'app:***@db.invalid'", error.getCause().getCause().getMessage());
    }

    @Test
    void aChainWithoutSecretsReachesMavenAsItIs() {
        MigrateException e = new MigrateException(MigrateException.Kind.SETUP, "Cannot connect to db.invalid");
        assertEquals(e, ErrorTranslator.translate(e, SECRETS).getCause());
    }

    @Test
    void projectProblemsStayBuildFailures() {
        MigrateException e = new MigrateException(MigrateException.Kind.PROJECT, "INSERT 'setting-secret' failed");
        MojoFailureException failure = assertInstanceOf(MojoFailureException.class,
                ErrorTranslator.translate(e, SECRETS));
        assertEquals("INSERT '***' failed", failure.getMessage());
        assertNoSecret(stackTrace(failure));
    }

    @Test
    void unexpectedExceptionsThatHoldAPasswordAreScrubbed() {
        RuntimeException bug = new IllegalStateException("bad port url+secret");
        assertEquals(true, ErrorTranslator.leaks(bug, SECRETS));
        MojoExecutionException error = ErrorTranslator.translateUnexpected(bug, SECRETS);
        assertEquals("java.lang.IllegalStateException: bad port ***", error.getMessage());
        assertNoSecret(stackTrace(error));
        assertEquals(false, ErrorTranslator.leaks(new IllegalStateException("no secret here"), SECRETS));
    }
}
