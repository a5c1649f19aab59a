package dev.migrate.database;

import java.sql.SQLException;
import java.util.regex.Pattern;

/** The part of a driver's error message a user needs: its first line, without H2's echo of the statement. */
public final class SqlErrors {

    private static final Pattern MARIADB_CONNECTION = Pattern.compile("^\\(conn=\\d+\\)\\s*");
    private static final Pattern H2_CODE = Pattern.compile("\\s*\\[\\d{5}-\\d+]$");

    private SqlErrors() {
    }

    /** The first line of the message, the passwords of {@code settings} scrubbed, without a trailing period. */
    public static String message(SQLException e, DatabaseSettings settings) {
        return settings.secrets().scrub(firstLine(e.getMessage()));
    }

    public static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "no message from the driver";
        }
        String line = message;
        int newline = line.indexOf('\n');
        if (newline >= 0) {
            line = line.substring(0, newline);
        }
        int echo = line.indexOf("; SQL statement:");
        if (echo >= 0) {
            line = line.substring(0, echo);
        }
        // MariaDB's connection number and H2's error code with its version change from run to run and mean
        // nothing to the user.
        line = MARIADB_CONNECTION.matcher(line).replaceFirst("");
        line = H2_CODE.matcher(line).replaceFirst("");
        line = line.strip();
        while (line.endsWith(".")) {
            line = line.substring(0, line.length() - 1);
        }
        return line;
    }
}
