package dev.migrate.database;

import java.sql.SQLException;

/** The part of a driver's error message a user needs: its first line, without H2's echo of the statement. */
public final class SqlErrors {

    private SqlErrors() {
    }

    /** The first line of the message, its password scrubbed, without a trailing period. */
    public static String message(SQLException e, String password) {
        return JdbcUrls.scrub(firstLine(e.getMessage()), password);
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
        line = line.strip();
        while (line.endsWith(".")) {
            line = line.substring(0, line.length() - 1);
        }
        return line;
    }
}
