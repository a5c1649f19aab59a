package dev.migrate.maven;

import dev.migrate.testing.ErrorCatalogDoc;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

/** A settings.xml {@code <server>} whose variables are not set is reported as such, not as a decryption failure. */
class ServerCredentialsTest {

    /** Decryption must not be reached: the braces of an unresolved variable are no encrypted password. */
    private static final SettingsDecrypter NEVER = request -> fail("decrypted " + request);

    private static Settings settingsWith(String username, String password) {
        Server server = new Server();
        server.setId("app-db");
        server.setUsername(username);
        server.setPassword(password);
        Settings settings = new Settings();
        settings.addServer(server);
        return settings;
    }

    @Test
    void anUnsetEnvironmentVariableIsNamed() {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> ServerCredentials.of(
                settingsWith("app", "${env.APP_DB_PASSWORD}"), "app-db", NEVER));

        assertEquals("The <password> of <server> 'app-db' in settings.xml is ${env.APP_DB_PASSWORD}, but the "
                + "environment variable APP_DB_PASSWORD is not set where Maven runs, so Maven left the text as it is. "
                + "Set it in the shell or CI job that runs Maven (export APP_DB_PASSWORD=...), or write the value in "
                + "settings.xml.", e.getMessage());
        ErrorCatalogDoc.assertDocumented("unset-settings-variable", e.getMessage());
    }

    @Test
    void anUndefinedPropertyInTheUsernameIsNamed() {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> ServerCredentials.of(
                settingsWith("${db.user}", "secret"), "app-db", NEVER));

        assertEquals("The <username> of <server> 'app-db' in settings.xml is ${db.user}, but no property db.user is "
                + "defined where Maven runs, so Maven left the text as it is. Define it (-Ddb.user=... or a "
                + "<properties> of an active settings profile), or write the value in settings.xml.", e.getMessage());
    }

    @Test
    void aMissingServerIsNamed() {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> ServerCredentials.of(
                settingsWith("app", "secret"), "prod-db", NEVER));

        assertEquals("No <server> with id 'prod-db' (migrate.serverId) in settings.xml (~/.m2/settings.xml, or the "
                + "file given with -s). Add one with <id>prod-db</id>, <username> and <password> (encrypt it with "
                + "'mvn --encrypt-password'), or set migrate.username and migrate.password instead.", e.getMessage());
    }
}
