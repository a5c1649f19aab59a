package dev.migrate.testing;

import org.h2.Driver;

import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Helpers for the invoker tests' groovy scripts (on their class path through {@code addTestClassPath}): read the
 * build log, assert lines in it, and prepare or query the integration tests' PostgreSQL.
 */
public final class ItSupport {

    private ItSupport() {
    }

    public static String log(File basedir) throws IOException {
        return Files.readString(new File(basedir, "build.log").toPath(), StandardCharsets.UTF_8);
    }

    /** The log's lines with Maven's level prefix ({@code [INFO] }) removed. */
    public static List<String> lines(File basedir) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line : log(basedir).split("\r?\n")) {
            lines.add(line.replaceFirst("^\\[(INFO|WARNING|ERROR)\\] ", ""));
        }
        return lines;
    }

    /** Fails unless every expected line appears in the log, as a whole line (after the level prefix). */
    public static void assertLines(File basedir, String... expected) throws IOException {
        List<String> lines = lines(basedir);
        for (String line : expected) {
            if (!lines.contains(line)) {
                throw new AssertionError("build.log lacks the line:\n  " + line + "\n--- build.log ---\n"
                        + log(basedir));
            }
        }
    }

    /** Fails unless each regular expression matches a whole line of the log (after the level prefix). */
    public static void assertMatches(File basedir, String... patterns) throws IOException {
        List<String> lines = lines(basedir);
        for (String pattern : patterns) {
            if (lines.stream().noneMatch(line -> line.matches(pattern))) {
                throw new AssertionError("no build.log line matches:\n  " + pattern + "\n--- build.log ---\n"
                        + log(basedir));
            }
        }
    }

    /** Fails unless the log contains each text somewhere. */
    public static void assertContains(File basedir, String... texts) throws IOException {
        String log = log(basedir);
        for (String text : texts) {
            if (!log.contains(text)) {
                throw new AssertionError("build.log lacks:\n  " + text + "\n--- build.log ---\n" + log);
            }
        }
    }

    /** Fails if the log contains the text (a password, a stack trace). */
    public static void assertAbsent(File basedir, String text) throws IOException {
        if (log(basedir).contains(text)) {
            throw new AssertionError("build.log must not contain: " + text);
        }
    }

    /** Fails if the log shows a stack trace: {@code at ...(...)} frames or {@code ...Exception:} lines. */
    public static void assertNoStackTrace(File basedir) throws IOException {
        for (String line : log(basedir).split("\r?\n")) {
            if (line.matches("\\s+at [\\w.$]+\\(.*")
                    || line.matches("(Caused by: )?[\\w.$]+(Exception|Error)(: .*)?")) {
                throw new AssertionError("build.log shows a stack trace: " + line + "\n--- build.log ---\n"
                        + log(basedir));
            }
        }
    }

    /** The index of the first log line (after the level prefix) that matches the pattern; fails when none does. */
    public static int lineIndex(File basedir, String pattern) throws IOException {
        List<String> lines = lines(basedir);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches(pattern)) {
                return i;
            }
        }
        throw new AssertionError("no build.log line matches:\n  " + pattern + "\n--- build.log ---\n" + log(basedir));
    }

    private static final Pattern PLUGIN_VERSION =
            Pattern.compile("<migrate\\.plugin\\.version>([^<]*)</migrate\\.plugin\\.version>");

    /** The plugin version the example project's pom asks for (its {@code migrate.plugin.version} property). */
    public static String examplePluginVersion(String pom) {
        Matcher m = PLUGIN_VERSION.matcher(pom);
        if (!m.find()) {
            throw new AssertionError("the example's pom.xml has no <migrate.plugin.version> property");
        }
        return m.group(1);
    }

    /**
     * Turns an invoker case's directory into a fresh checkout of {@code migrations-example}: what an earlier run left
     * ({@code target/}, {@code migrations/}) is removed, the example's files are copied except those the case brings
     * itself (an added entity), and the pom's {@code migrate.plugin.version} becomes the version under test.
     */
    public static void copyExample(File exampleDir, File basedir, String pluginVersion) throws IOException {
        deleteTree(new File(basedir, "target").toPath());
        deleteTree(new File(basedir, "migrations").toPath());
        Path from = exampleDir.toPath();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(from)) {
            files = walk.filter(Files::isRegularFile).filter(f -> !from.relativize(f).startsWith("target")).toList();
        }
        for (Path file : files) {
            Path to = basedir.toPath().resolve(from.relativize(file).toString());
            if (file.getFileName().toString().equals("pom.xml") && file.getParent().equals(from)) {
                String pom = Files.readString(file, StandardCharsets.UTF_8);
                String asked = examplePluginVersion(pom);
                pom = pom.replace("<migrate.plugin.version>" + asked + "</migrate.plugin.version>",
                        "<migrate.plugin.version>" + pluginVersion + "</migrate.plugin.version>");
                Files.writeString(to, pom, StandardCharsets.UTF_8);
            } else if (!Files.exists(to)) {
                Files.createDirectories(to.getParent());
                Files.copy(file, to, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    /** Replaces text in a file (a profile's database URL, say); fails when the text is not there. */
    public static void replaceIn(File file, String text, String replacement) throws IOException {
        String content = Files.readString(file.toPath(), StandardCharsets.UTF_8);
        if (!content.contains(text)) {
            throw new AssertionError(file + " does not contain: " + text);
        }
        Files.writeString(file.toPath(), content.replace(text, replacement), StandardCharsets.UTF_8);
    }

    /** The {@code -- migrate:upgrade} section of a revision file, as one SQL script. */
    public static String upgradeSection(File revision) throws IOException {
        String text = Files.readString(revision.toPath(), StandardCharsets.UTF_8);
        int start = text.indexOf("-- migrate:upgrade");
        int end = text.indexOf("-- migrate:downgrade");
        if (start < 0 || end < start) {
            throw new AssertionError(revision + " has no upgrade section");
        }
        return text.substring(text.indexOf('\n', start) + 1, end);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** Whether the PostgreSQL for integration tests answers; fails instead when databases are required. */
    public static boolean postgresAvailable(String url, String user, String require) {
        try (Connection ignored = connect(url, user)) {
            return true;
        } catch (SQLException e) {
            if (Boolean.parseBoolean(require)) {
                throw new IllegalStateException("PostgreSQL is required but not reachable at " + url + ": "
                        + e.getMessage(), e);
            }
            System.err.println("*** PostgreSQL not reachable at " + url + ": skipping this integration test ***");
            return false;
        }
    }

    /** Whether the MariaDB for integration tests answers; fails instead when databases are required. */
    public static boolean mariadbAvailable(String url, String user, String require) {
        try (Connection ignored = connect(url, user)) {
            return true;
        } catch (SQLException e) {
            if (Boolean.parseBoolean(require)) {
                throw new IllegalStateException("MariaDB is required but not reachable at " + url + ": "
                        + e.getMessage(), e);
            }
            System.err.println("*** MariaDB not reachable at " + url + ": skipping this integration test ***");
            return false;
        }
    }

    /** Drops and recreates a schema for one integration test. */
    public static void resetSchema(String url, String user, String schema) throws SQLException {
        execute(url, user, "drop schema if exists " + schema + " cascade", "create schema " + schema);
    }

    /** Drops an integration test's schema once its checks passed (a failed case keeps it, to look at). */
    public static void dropSchema(String url, String user, String schema) throws SQLException {
        execute(url, user, "drop schema if exists " + schema + " cascade");
    }

    /**
     * How many sessions hold the migration lock of {@code schema}'s {@code migrate_version}: the advisory lock whose
     * key the plugin derives from that name (the first eight bytes of its SHA-256), and no other advisory lock, so
     * that another user of the server does not count.
     */
    public static int migrationLocks(String url, String user, String schema) throws SQLException {
        long key;
        try {
            key = ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(
                    ("migrate:" + schema + ".migrate_version").getBytes(StandardCharsets.UTF_8))).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return Integer.parseInt(column(url, user, "select count(*) from pg_locks where locktype = 'advisory' and "
                + "granted and classid::bigint = " + (key >>> 32) + " and objid::bigint = " + (key & 0xffffffffL)
                + " and objsubid = 1").get(0));
    }

    public static void execute(String url, String user, String... sql) throws SQLException {
        try (Connection c = connect(url, user); Statement s = c.createStatement()) {
            for (String statement : sql) {
                s.execute(statement);
            }
        }
    }

    /** The first column of a query's rows. */
    public static List<String> column(String url, String user, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = connect(url, user); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    /** Connects with the driver class itself, as the scripts' class loader is not DriverManager's. */
    public static Connection connect(String url, String user) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user == null ? "" : user);
        // -Dmigrate.test.pgPassword=... on the mvn command line reaches the scripts as a system property
        String password = System.getProperty("migrate.test.pgPassword", "");
        if (!password.isEmpty() && !url.startsWith("jdbc:h2:")) {
            properties.setProperty("password", password);
        }
        if (url.startsWith("jdbc:h2:")) {
            properties.setProperty("password", "");
            return new Driver().connect(url, properties);
        }
        if (url.startsWith("jdbc:mariadb:")) {
            return new org.mariadb.jdbc.Driver().connect(url, properties);
        }
        return new org.postgresql.Driver().connect(url, properties);
    }
}
