package dev.migrate.runner;

import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.OfflineStartCheck;
import dev.migrate.revision.Plan;
import dev.migrate.revision.Statement;
import dev.migrate.revision.Step;

import java.util.Set;

/**
 * Writes a plan as one SQL script for review and for running with the database's own client: the migration lock
 * (the same one online runs take), a check that the database is at the script's start, the plugin's tables,
 * each revision's statements with its version-table and history updates, in transactions where they help, and
 * around a statement written under a MariaDB {@code DELIMITER} line, that line again.
 */
public final class OfflineScript {

    private final Dialect dialect;
    private final String schema;
    private final String versionTable;
    private final VersionTable versions;
    private final HistoryTable history;

    /** {@code schema} may be null: the script then names tables unqualified. */
    public OfflineScript(Dialect dialect, String schema, String versionTable) {
        this.dialect = dialect;
        this.schema = schema;
        this.versionTable = dialect.fold(versionTable);
        this.versions = new VersionTable(dialect, schema, this.versionTable);
        this.history = new HistoryTable(dialect, schema, dialect.fold(HistoryTable.nameFor(versionTable)));
    }

    public String plan(Plan plan, String description) {
        StringBuilder out = header(description, plan.isEmpty() ? plan.headsAfter()
                : plan.steps().get(0).headsBefore());
        for (Step step : plan.steps()) {
            boolean atomic = step.section().transactional() && dialect.transactionalDdl();
            out.append("-- Running ").append(step.direction().word()).append(' ').append(step.from()).append(" -> ")
                    .append(step.to()).append(", ").append(oneLine(step.revision().message())).append('\n');
            out.append("-- ").append(step.revision().displayFile()).append('\n');
            if (atomic) {
                out.append(dialect.beginTransaction()).append("\n\n");
            }
            String delimiter = ";";
            for (Statement statement : step.section().statements(dialect.flavor())) {
                delimiter = delimiter(out, delimiter, statement.delimiter());
                out.append(statement.sql()).append(delimiter).append("\n\n");
            }
            delimiter(out, delimiter, ";");
            if (!atomic && dialect.transactionalDdl()) {
                out.append(dialect.beginTransaction()).append("\n\n");
            }
            for (String sql : versions.updateSql(step.headsBefore(), step.headsAfter())) {
                out.append(sql).append(";\n");
            }
            out.append(history.insertSql(step.revision().id(), step.direction().word(), step.section().checksum(),
                    step.revision().message())).append(";\n\n");
            if (dialect.transactionalDdl()) {
                out.append(dialect.commitTransaction()).append("\n\n");
            }
        }
        return footer(out);
    }

    /** A stamp from {@code before} to {@code after}; with {@code purge}, from whatever the database is at. */
    public String stamp(Set<String> before, Set<String> after, boolean purge, String description) {
        StringBuilder out = header(description, purge ? null : before);
        if (purge) {
            out.append("DELETE FROM ").append(versions.name()).append(";\n");
        }
        for (String sql : versions.updateSql(purge ? Set.of() : before, after)) {
            out.append(sql).append(";\n");
        }
        for (String id : after.stream().sorted().toList()) {
            out.append(history.insertSql(id, "stamp", null, null)).append(";\n");
        }
        out.append('\n');
        return footer(out);
    }

    /**
     * The lock, the plugin's tables and the check that the database is at {@code start} (null: no check), before
     * anything else; where the database can, the check comes before the tables are created.
     */
    private StringBuilder header(String description, Set<String> start) {
        StringBuilder out = new StringBuilder();
        out.append("-- ").append(description).append(" (").append(dialect.name()).append(")\n");
        out.append("-- Written by migrate-maven-plugin for review. Run it with the database's own client, stopping "
                + "at the first error.\n\n");
        String take = dialect.locker().offlineLock(schema, versionTable).take();
        if (!take.isEmpty()) {
            out.append(take).append("\n\n");
        }
        String check = start == null ? ""
                : dialect.locker().offlineStartCheck(schema, versionTable, startCheck(start)) + "\n\n";
        if (!dialect.locker().offlineCheckNeedsTables()) {
            out.append(check);
        }
        out.append(versions.createSql()).append(";\n\n");
        out.append(history.createSql()).append(";\n\n");
        if (dialect.locker().offlineCheckNeedsTables()) {
            out.append(check);
        }
        return out;
    }

    private static OfflineStartCheck startCheck(Set<String> start) {
        String expected = String.join(", ", start.stream().sorted().toList());
        return new OfflineStartCheck(expected, "migrate: this script starts at " + (start.isEmpty() ? "base"
                : expected) + " but the database is at ",
                "; it stopped before running anything of its revisions or changing the version table. Write the "
                + "script again from where the database is (-Dmigrate.target=<from>:<to>; 'mvn migrate:current' "
                + "shows it), or run the goal online.");
    }

    private String footer(StringBuilder out) {
        String release = dialect.locker().offlineLock(schema, versionTable).release();
        if (!release.isEmpty()) {
            out.append(release).append('\n');
        }
        return out.toString();
    }

    /**
     * Writes a MariaDB client {@code DELIMITER} line when a statement was written with another terminator than the one
     * before it (a routine body holds semicolons); returns the terminator now in force.
     */
    private static String delimiter(StringBuilder out, String current, String wanted) {
        if (!wanted.equals(current)) {
            out.append("DELIMITER ").append(wanted).append("\n\n");
        }
        return wanted;
    }

    private static String oneLine(String message) {
        return message.replace('\n', ' ').replace('\r', ' ');
    }
}
