package dev.migrate.command;

import dev.migrate.MigrateException;
import dev.migrate.Output;
import dev.migrate.change.Change;
import dev.migrate.change.DropTable;
import dev.migrate.database.DatabaseException;
import dev.migrate.database.SqlErrors;
import dev.migrate.dialect.ComparedSchemas;
import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.RevisionSpelling;
import dev.migrate.diff.DefaultSchemaReferences;
import dev.migrate.diff.SchemaCreation;
import dev.migrate.diff.SchemaDiff;
import dev.migrate.diff.TablePatterns;
import dev.migrate.entity.DatabaseVersion;
import dev.migrate.entity.EntityClasses;
import dev.migrate.revision.RevisionGraph;
import dev.migrate.runner.SchemaSession;
import dev.migrate.schema.Namespaces;
import dev.migrate.schema.Schema;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;

/**
 * The autogenerate pipeline (DESIGN §6): Hibernate's DDL for the entities, applied in a scratch namespace and read
 * back by the same reader as the live schema, then diffed.
 */
final class Autogenerate {

    private Autogenerate() {
    }

    /**
     * Compares the entities with the database, which must be at the revisions' head ({@code why} says what for). The
     * entity side starts on a spare thread before the database connects, unless the desired schema of the last run
     * is cached for these entities.
     */
    static Comparison compareAtHead(Workspace workspace, RevisionGraph graph, EntityOptions options, String why,
                                    Output output) {
        Dialect dialect = workspace.dialect();
        DesiredSchemaCache cache = DesiredSchemaCache.open(workspace.settings().cacheDirectory(), options.entities(),
                dialect, output);
        EntitySide entities = cache.hasEntry() ? null : EntitySide.start(options, dialect);
        try (SchemaSession session = workspace.openForWriting(dialect)) {
            requireUpToDate(workspace.knownHeads(session, graph), graph, why);
            DatabaseVersion version = version(session);
            String database = DesiredSchemaCache.databaseKey(dialect, version.text(),
                    workspace.settings().database().maskedUrl(), session.schema());
            Set<String> covered = RevisionSchemas.named(graph, dialect);
            Schema cached = cache.desired(database);
            if (cached != null) {
                return compareWithCached(session, options, cached, covered, output);
            }
            if (entities == null) {
                entities = EntitySide.start(options, dialect);
            }
            ComparedSchemas schemas = read(session, entities, version, covered, output);
            cache.store(database, schemas.desired());
            return diff(session, schemas.live(), schemas.desired(), options, output);
        } catch (SQLException e) {
            throw new DatabaseException("Cannot read the schema for autogenerate: " + SqlErrors.firstLine(
                    e.getMessage()));
        } finally {
            if (entities != null) {
                entities.close();
            }
        }
    }

    private static Comparison compareWithCached(SchemaSession session, EntityOptions options, Schema desired,
                                                Set<String> covered, Output output) throws SQLException {
        long start = System.nanoTime();
        Set<String> schemas = new TreeSet<>(covered);
        schemas.addAll(Namespaces.named(desired));
        Schema live = session.dialect().inspector().readLiveForComparison(session.connection(), session.schema(),
                session.ownTables(), schemas);
        output.info("Compared with the entities' schema of the last run (their classes, dependencies and "
                + "settings are unchanged; 'mvn clean' forgets it)");
        output.debug("Read the database in " + millisSince(start) + " ms");
        return diff(session, RevisionSpelling.live(live, session.dialect()), desired, options, output);
    }

    private static ComparedSchemas read(SchemaSession session, EntitySide entities, DatabaseVersion version,
                                        Set<String> covered, Output output) throws SQLException {
        Dialect dialect = session.dialect();
        long start = System.nanoTime();
        EntityClasses classes = entities.classes();
        output.debug("Found " + classes.classNames().size() + " mapped classes (waited " + millisSince(start)
                + " ms)");
        CompletableFuture<List<String>> ddl = entities.startScript(dialect, version, output);
        // the live schema is read while Hibernate writes the script
        ComparedSchemas schemas = dialect.inspector().readForComparison(session.connection(), session.schema(),
                session.ownTables(), covered, () -> Futures.join(ddl));
        output.debug("Read the database and the entities' schema in " + millisSince(start) + " ms (total)");
        return new ComparedSchemas(RevisionSpelling.live(schemas.live(), dialect),
                RevisionSpelling.desired(schemas.desired(), Futures.join(ddl), dialect));
    }

    private static Comparison diff(SchemaSession session, Schema live, Schema desired, EntityOptions options,
                                   Output output) throws SQLException {
        long start = System.nanoTime();
        List<Change> upgrade = SchemaCreation.prepend(DefaultSchemaReferences.qualify(SchemaDiff.changes(live,
                desired, new TablePatterns(options.excludeTables())), session.schema()),
                RevisionSchemas.missing(session.connection(), session.dialect(), Namespaces.named(desired)));
        output.debug("Compared " + desired.tables().size() + " entity tables with " + live.tables().size()
                + " database tables in " + millisSince(start) + " ms");
        for (Change change : upgrade) {
            output.info("Detected " + change.describe());
        }
        List<String> dropped = upgrade.stream().filter(c -> c instanceof DropTable)
                .map(c -> Namespaces.key(((DropTable) c).table())).toList();
        if (!dropped.isEmpty()) {
            output.warn("Tables in the database but not in the entities are dropped: " + String.join(", ", dropped)
                    + ". To keep them, list them in excludeTables.");
        }
        return new Comparison(upgrade, SchemaDiff.reverse(upgrade));
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static DatabaseVersion version(SchemaSession session) {
        try {
            DatabaseMetaData md = session.connection().getMetaData();
            return new DatabaseVersion(md.getDatabaseProductVersion(), md.getDatabaseMajorVersion(),
                    md.getDatabaseMinorVersion());
        } catch (SQLException e) {
            throw new DatabaseException("Cannot read the database version: " + SqlErrors.firstLine(e.getMessage()));
        }
    }

    /** Fails unless the database is at the revisions' heads: a revision must start where the last one ended. */
    private static void requireUpToDate(Set<String> current, RevisionGraph graph, String why) {
        Set<String> heads = new HashSet<>(graph.heads());
        if (!current.equals(heads)) {
            throw new MigrateException(MigrateException.Kind.PROJECT, "Target database is not up to date: it is at "
                    + Heads.describe(graph, current) + ", the revisions' head is " + Heads.describe(graph, heads)
                    + ". Run 'mvn migrate:upgrade' first, " + why + ".");
        }
    }
}
