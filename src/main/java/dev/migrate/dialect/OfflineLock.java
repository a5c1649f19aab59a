package dev.migrate.dialect;

/** The statements that take and release the migration lock in an offline script; empty strings where there are none. */
public record OfflineLock(String take, String release) {

    /** No lock statements: the script relies on the database's own locking. */
    public static final OfflineLock NONE = new OfflineLock("", "");
}
