package dev.migrate.command;

import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.ScriptSchemas;
import dev.migrate.revision.Revision;
import dev.migrate.revision.RevisionGraph;
import dev.migrate.revision.Statement;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The schemas besides the default one that autogenerate and check cover: every schema Hibernate's script names (the
 * dialect finds those) and every schema a revision's upgrade creates a table or sequence in, or creates, so that
 * the tables of an entity removed from the last schema it named are still seen, and dropped.
 */
final class RevisionSchemas {

    /** A cheap look at a section's text first, so that only the few revisions that may name a schema are split. */
    private static final Pattern MAY_NAME_A_SCHEMA = Pattern.compile("create\\s+(?:schema|database)\\b"
            + "|create\\s+(?:table|sequence)\\s+(?:if\\s+not\\s+exists\\s+)?(?:\"[^\"]*\"|`[^`]*`|[\\w$]+)\\s*\\.",
            Pattern.CASE_INSENSITIVE);

    private RevisionSchemas() {
    }

    /** The schemas (as stored) the upgrade sections of {@code graph}'s revisions name. */
    static Set<String> named(RevisionGraph graph, Dialect dialect) {
        Set<String> named = new TreeSet<>();
        for (Revision revision : graph.all()) {
            if (!MAY_NAME_A_SCHEMA.matcher(revision.upgrade().text()).find()) {
                continue;
            }
            List<String> statements = revision.upgrade().statements(dialect.flavor()).stream().map(Statement::sql)
                    .toList();
            named.addAll(ScriptSchemas.named(statements, dialect));
        }
        return named;
    }

    /** Those of {@code schemas} the database does not have. */
    static Set<String> missing(Connection connection, Dialect dialect, Set<String> schemas) throws SQLException {
        Set<String> missing = new LinkedHashSet<>();
        for (String schema : schemas) {
            if (!dialect.inspector().schemaExists(connection, schema)) {
                missing.add(schema);
            }
        }
        return missing;
    }
}
