package dev.migrate.dialect.mariadb;

import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.Identifiers;
import dev.migrate.dialect.OwnTables;
import dev.migrate.dialect.Roles;
import dev.migrate.revision.SqlFlavor;

import java.util.regex.Pattern;

/**
 * MariaDB and MySQL: a schema is a database, DDL commits implicitly (a revision is not atomic), identifiers are kept
 * as written, and the lock is a named {@code GET_LOCK} held by the lock connection.
 */
public class MariaDbDialect implements Dialect {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");
    private final boolean mysql;

    public MariaDbDialect(boolean mysql) {
        this.mysql = mysql;
    }

    /** Whether this is MySQL rather than MariaDB. */
    boolean mysql() {
        return mysql;
    }

    @Override
    public String name() {
        return mysql ? "MySQL" : "MariaDB";
    }

    @Override
    public String hibernateProductName() {
        return mysql ? "MySQL" : "MariaDB";
    }

    @Override
    public SqlFlavor flavor() {
        return SqlFlavor.MYSQL;
    }

    @Override
    public boolean transactionalDdl() {
        return false;
    }

    @Override
    public String fold(String unquoted) {
        return unquoted;
    }

    @Override
    public String identifier(String stored) {
        return Identifiers.write(stored, PLAIN, '`');
    }

    @Override
    public String literal(String value) {
        return value == null ? "NULL" : "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    /** The plugin's tables hold messages in any language, whatever the database's default character set. */
    private static final String UNICODE = "CHARACTER SET utf8mb4";

    @Override
    public String beginTransaction() {
        return "START TRANSACTION;";
    }

    private final Roles roles = new Roles(new MariaDbInspector(this), new MariaDbLocker(this),
            new OwnTables(this, "AUTO_INCREMENT", "DATETIME(6)", UNICODE, false), new MariaDbRenderer(this));

    @Override
    public Roles roles() {
        return roles;
    }
}
