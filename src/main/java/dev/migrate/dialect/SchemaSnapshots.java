package dev.migrate.dialect;

import dev.migrate.schema.Schema;
import dev.migrate.schema.Table;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Reads one schema again and again on one connection, each read equal to what {@link SchemaReader#read} would give
 * then, but reading again only what the database's {@link CatalogChanges} says changed since the last read and
 * keeping the rest from it. Where the database tells no changes ({@link SchemaReader#changes} is null), every read is
 * whole. {@code migrate:verify}'s stairway reads the schema twice per revision this way.
 */
public final class SchemaSnapshots {

    private final SchemaReader reader;
    private final String schema;
    private final Set<String> excludedTables;
    private final CatalogChanges changes;
    private Schema last;
    private int wholeReads;
    private int partReads;
    private int unchangedReads;
    private int tablesRead;
    private long changesNanos;

    /** Snapshots of {@code schema} (as stored), without {@code excludedTables} (as stored). */
    public SchemaSnapshots(SchemaReader reader, String schema, Set<String> excludedTables) {
        this.reader = reader;
        this.schema = schema;
        this.excludedTables = Set.copyOf(excludedTables);
        this.changes = reader.changes(schema);
    }

    /** The schema as it is now. */
    public Schema read(Connection connection) throws SQLException {
        try {
            long start = System.nanoTime();
            CatalogChanges.Changes changed = changes == null ? CatalogChanges.Changes.all() : changes.since(connection);
            changesNanos += System.nanoTime() - start;
            if (last == null || changed.everything()) {
                if (changes != null && !changed.everything()) {
                    changes.reset();
                    changes.since(connection);
                }
                wholeReads++;
                last = reader.read(connection, schema, excludedTables);
                return last;
            }
            if (changed.none()) {
                unchangedReads++;
                return last;
            }
            Set<String> names = new LinkedHashSet<>(changed.tables());
            names.removeAll(excludedTables);
            Schema parts = reader.readParts(connection, schema, names, changed.sequences(), changed.enumTypes());
            Map<String, Table> tables = new HashMap<>(last.tables());
            tables.keySet().removeAll(changed.gone());
            tables.keySet().removeAll(names);
            tables.putAll(parts.tables());
            last = new Schema(tables, changed.sequences() ? parts.sequences() : last.sequences(),
                    changed.enumTypes() ? parts.enumTypes() : last.enumTypes());
            partReads++;
            tablesRead += names.size();
            return last;
        } catch (SQLException | RuntimeException e) {
            last = null;
            if (changes != null) {
                changes.reset();
            }
            throw e;
        }
    }

    /**
     * How the reads went, for the debug log: {@code 2 whole, 198 of 201 tables changed, 200 unchanged; telling the
     * changes took 310 ms}.
     */
    public String summary() {
        return wholeReads + " whole, " + partReads + " of " + tablesRead + (tablesRead == 1 ? " table" : " tables")
                + " changed, " + unchangedReads + " unchanged; telling the changes took " + changesNanos / 1_000_000
                + " ms";
    }

    /** Reads that read again only what changed (for tests). */
    public int partReads() {
        return partReads;
    }

    /** Reads that found nothing changed (for tests). */
    public int unchangedReads() {
        return unchangedReads;
    }
}
