package dev.migrate.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The user and password of a {@code <server>} of settings.xml, decrypted, with what went wrong said plainly. */
final class ServerCredentials {

    /** What Maven leaves in place of {@code ${env.X}} (or {@code ${x}}) when nothing defines it. */
    private static final Pattern UNRESOLVED = Pattern.compile("\\$\\{(env\\.)?([^}]+)}");

    private ServerCredentials() {
    }

    /** The server's credentials; the id is checked to exist and its values to be resolved before decrypting. */
    static Server of(Settings settings, String serverId, SettingsDecrypter decrypter) throws MojoExecutionException {
        Server server = settings == null ? null : settings.getServer(serverId);
        if (server == null) {
            throw new MojoExecutionException("No <server> with id '" + serverId + "' (migrate.serverId) in "
                    + "settings.xml (~/.m2/settings.xml, or the file given with -s). Add one with <id>" + serverId
                    + "</id>, <username> and <password> (encrypt it with 'mvn --encrypt-password'), or set "
                    + "migrate.username and migrate.password instead.");
        }
        requireResolved(serverId, "username", server.getUsername());
        requireResolved(serverId, "password", server.getPassword());
        SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        for (SettingsProblem problem : result.getProblems()) {
            if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
                throw new MojoExecutionException("Cannot decrypt the password of <server> '" + serverId
                        + "' in settings.xml: " + problem.getMessage() + ". Check ~/.m2/settings-security.xml.");
            }
        }
        return result.getServer();
    }

    /**
     * Fails when {@code value} still holds a {@code ${...}} expression: Maven leaves it as written when the variable
     * is not set, and the decrypter would then report the braces as a broken encrypted password.
     */
    private static void requireResolved(String serverId, String element, String value)
            throws MojoExecutionException {
        Matcher unresolved = value == null ? null : UNRESOLVED.matcher(value);
        if (unresolved == null || !unresolved.find()) {
            return;
        }
        boolean env = unresolved.group(1) != null;
        String name = unresolved.group(2);
        throw new MojoExecutionException("The <" + element + "> of <server> '" + serverId + "' in settings.xml is "
                + unresolved.group() + ", but " + (env ? "the environment variable " + name + " is not set"
                : "no property " + name + " is defined") + " where Maven runs, so Maven left the text as it is. "
                + (env ? "Set it in the shell or CI job that runs Maven (export " + name + "=...)"
                : "Define it (-D" + name + "=... or a <properties> of an active settings profile)")
                + ", or write the value in settings.xml.");
    }
}
