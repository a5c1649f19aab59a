package dev.migrate.runner;

import dev.migrate.MigrateException;
import dev.migrate.database.DatabaseSettings;
import dev.migrate.revision.DisplayPaths;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The databases of a database-per-tenant fleet ({@code migrate.targetsFile}): one JDBC URL per line, or
 * {@code serverId=jdbc:...} to take that database's credentials from settings.xml; blank lines and lines starting
 * with {@code #} are ignored.
 */
public final class TargetsFile {

    private static final Pattern SERVER_ID = Pattern.compile("[A-Za-z0-9_.\\-]+");

    private TargetsFile() {
    }

    /** The tenants the file lists, in its order; a line that is neither form fails naming the file and line. */
    public static List<Tenant> read(Path file) {
        String name = DisplayPaths.of(file);
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MigrateException(MigrateException.Kind.SETUP, "Cannot read migrate.targetsFile " + name
                    + (Files.exists(file) ? ": " + e.getMessage() : ": it does not exist") + ". Give a file with one "
                    + "JDBC URL (or serverId=jdbc:...) per line.");
        }
        return parse(name, lines);
    }

    static List<Tenant> parse(String name, List<String> lines) {
        List<Tenant> tenants = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            int number = i + 1;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String serverId = null;
            String url = line;
            int equals = line.indexOf('=');
            if (!line.startsWith("jdbc:") && equals > 0) {
                serverId = line.substring(0, equals).strip();
                url = line.substring(equals + 1).strip();
                if (!SERVER_ID.matcher(serverId).matches()) {
                    throw error(name, number, "'" + serverId + "' is not a server id of settings.xml (letters, "
                            + "digits, '.', '_' and '-')");
                }
            }
            if (!url.startsWith("jdbc:") || url.contains(" ")) {
                throw error(name, number, "'" + masked(url) + "' is not a JDBC URL");
            }
            String tenant = masked(url);
            Integer first = seen.putIfAbsent(tenant, number);
            if (first != null) {
                throw new MigrateException(MigrateException.Kind.SETUP, name + ":" + number + ": " + tenant
                        + " is already on line " + first + "; list each database once.");
            }
            tenants.add(new Tenant(tenant, null, url, serverId));
        }
        if (tenants.isEmpty()) {
            throw new MigrateException(MigrateException.Kind.SETUP, "migrate.targetsFile " + name + " lists no "
                    + "database: write one JDBC URL (or serverId=jdbc:...) per line.");
        }
        return tenants;
    }

    private static String masked(String url) {
        return new DatabaseSettings(url, null, null).maskedUrl();
    }

    private static MigrateException error(String name, int line, String what) {
        return new MigrateException(MigrateException.Kind.SETUP, name + ":" + line + ": " + what + ". Write one "
                + "JDBC URL (jdbc:postgresql://host/db) or serverId=jdbc:... per line; '#' starts a comment line.");
    }
}
