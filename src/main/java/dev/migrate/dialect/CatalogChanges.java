package dev.migrate.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;

/**
 * Tells, for one schema read again and again on one database, what changed in its catalog since the last time it
 * was asked, so that {@link SchemaSnapshots} reads again only those objects. What it names must include every
 * object whose {@link SchemaReader#read} result may differ: a missed one would make a comparison pass that should
 * fail, a needless one only costs a read. When it cannot tell, it says {@link Changes#everything()}.
 */
public interface CatalogChanges {

    /**
     * What changed since the last call; the first call (and the first after {@link #reset()}) says everything,
     * having taken the state it compares the next call with first, so that a change made while the caller reads
     * is seen next time.
     */
    Changes since(Connection connection) throws SQLException;

    /** Forgets the state: the next {@link #since} says everything. */
    void reset();

    /**
     * The objects to read again.
     *
     * @param everything true: read the whole schema again (the rest is empty)
     * @param tables     tables (as stored) to read again; a name with no table any more is gone
     * @param gone       names (as stored) of tables that left the schema or were renamed
     * @param sequences  whether to read the sequences again
     * @param enumTypes  whether to read the enum types again
     */
    record Changes(boolean everything, Set<String> tables, Set<String> gone, boolean sequences, boolean enumTypes) {

        public Changes {
            tables = Set.copyOf(tables);
            gone = Set.copyOf(gone);
        }

        public static Changes all() {
            return new Changes(true, Set.of(), Set.of(), true, true);
        }

        /** Whether nothing has to be read again. */
        public boolean none() {
            return !everything && tables.isEmpty() && gone.isEmpty() && !sequences && !enumTypes;
        }
    }
}
