package dev.migrate.lint;

import dev.migrate.MigrateException;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The database the revisions are linted for, and its server version: the version decides what locks and what
 * rewrites (PostgreSQL 11 adds non-volatile defaults without a rewrite, MariaDB 10.4 drops columns instantly, ...).
 *
 * @param database {@code postgresql}, {@code mariadb}, {@code mysql} or {@code h2}
 * @param major    server major version
 * @param minor    server minor version
 * @param patch    server patch version
 */
public record LintTarget(String database, int major, int minor, int patch) {

    private static final Pattern SPEC = Pattern.compile(
            "(postgresql|mariadb|mysql|h2)(?::(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?)?");

    /**
     * Reads {@code lintDatabase}: {@code postgresql}, {@code mariadb}, {@code mysql} or {@code h2}, optionally with
     * {@code :version} ({@code postgresql:11}, {@code mariadb:10.3.1}). Without a version, the newest the rules know.
     */
    public static LintTarget parse(String spec) {
        Matcher m = SPEC.matcher(spec.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new MigrateException(MigrateException.Kind.SETUP, "Invalid migrate.lintDatabase '" + spec
                    + "': use postgresql, mariadb, mysql or h2, optionally with the server version, e.g. postgresql:16 "
                    + "or mariadb:10.11.");
        }
        LintTarget newest = newest(m.group(1));
        if (m.group(2) == null) {
            return newest;
        }
        return new LintTarget(m.group(1), Integer.parseInt(m.group(2)),
                m.group(3) == null ? 0 : Integer.parseInt(m.group(3)),
                m.group(4) == null ? 0 : Integer.parseInt(m.group(4)));
    }

    /** The version assumed offline when none is given. */
    public static LintTarget newest(String database) {
        return switch (database) {
            case "postgresql" -> new LintTarget(database, 17, 0, 0);
            case "mariadb" -> new LintTarget(database, 11, 4, 0);
            case "mysql" -> new LintTarget(database, 8, 4, 0);
            default -> new LintTarget("h2", 2, 3, 0);
        };
    }

    /** The database a dialect names ({@code PostgreSQL}, {@code MariaDB}, {@code MySQL}, {@code H2}). */
    public static String databaseOf(String dialectName) {
        return dialectName.toLowerCase(Locale.ROOT);
    }

    public boolean isPostgres() {
        return database.equals("postgresql");
    }

    public boolean isMariaDbOrMySql() {
        return database.equals("mariadb") || database.equals("mysql");
    }

    public boolean isMySql() {
        return database.equals("mysql");
    }

    /** True when the server is at least {@code major.minor.patch}. */
    public boolean atLeast(int major, int minor, int patch) {
        if (this.major != major) {
            return this.major > major;
        }
        if (this.minor != minor) {
            return this.minor > minor;
        }
        return this.patch >= patch;
    }

    /** {@code PostgreSQL 16}, {@code MariaDB 10.11}. */
    public String display() {
        String name = switch (database) {
            case "postgresql" -> "PostgreSQL";
            case "mariadb" -> "MariaDB";
            case "mysql" -> "MySQL";
            default -> "H2";
        };
        return name + " " + major + (isPostgres() ? "" : "." + minor + (patch == 0 ? "" : "." + patch));
    }
}
