package dev.migrate.dialect.postgres;

import dev.migrate.schema.Check;
import dev.migrate.schema.Namespaces;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Table;
import dev.migrate.dialect.Dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * PostgreSQL prints a check such as {@code status in ('A','B')} in a form that, written back, it prints differently
 * again; the second form is stable. Every check of both schemas is therefore added once more to a copy of its table
 * in the scratch schema and read back, so that equal checks compare equal whoever created them.
 */
final class PostgresChecks {

    private static final String CANONICAL = "select c.relname, con.conname, pg_get_constraintdef(con.oid) "
            + "from pg_constraint con join pg_class c on c.oid = con.conrelid join pg_namespace n "
            + "on n.oid = c.relnamespace where n.nspname = ? and c.relname like 'migrate_canon_%' "
            + "and con.contype = 'c'";

    private final Dialect dialect;
    private final String scratch;
    private final StringBuilder batch = new StringBuilder();
    private final Map<String, Map<String, Check>> copies = new HashMap<>();
    private int count;

    PostgresChecks(Dialect dialect, String scratch) {
        this.dialect = dialect;
        this.scratch = scratch;
    }

    /** Queues the checks of {@code schema} (stored in the namespace {@code namespace}) for the round trip. */
    void add(Schema schema, String namespace) {
        for (Table table : schema.tables().values()) {
            if (table.checks().isEmpty()) {
                continue;
            }
            String copy = "migrate_canon_" + count++;
            batch.append("create table ").append(scratch).append('.').append(copy).append(" (like ")
                    .append(dialect.qualified(namespace, table.name())).append(");\n");
            Map<String, Check> byAlias = new LinkedHashMap<>();
            for (Check check : table.checks()) {
                String alias = "c" + byAlias.size();
                byAlias.put(alias, check);
                batch.append("alter table ").append(scratch).append('.').append(copy).append(" add constraint ")
                        .append(alias).append(" check (").append(check.expression()).append(") not valid;\n");
            }
            copies.put(copy + "\u0000" + namespace + "\u0000" + table.name(), byAlias);
        }
    }

    /** The canonical spelling of each queued check; empty when PostgreSQL refused the round trip. */
    Map<Check, String> run(Connection connection) throws SQLException {
        Map<Check, String> canonical = new HashMap<>();
        if (batch.length() == 0) {
            return canonical;
        }
        Savepoint before = connection.setSavepoint();
        try (Statement statement = connection.createStatement()) {
            statement.execute(batch.toString());
        } catch (SQLException refused) {
            connection.rollback(before);
            return canonical;
        }
        Map<String, String> read = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(CANONICAL)) {
            ps.setString(1, scratch);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    read.put(rs.getString(1) + "\u0000" + rs.getString(2),
                            PostgresSchemaReader.checkExpression(rs.getString(3)));
                }
            }
        }
        for (Map.Entry<String, Map<String, Check>> copy : copies.entrySet()) {
            String table = copy.getKey().substring(0, copy.getKey().indexOf('\u0000'));
            copy.getValue().forEach((alias, check) -> {
                String text = read.get(table + "\u0000" + alias);
                if (text != null) {
                    canonical.put(check, text);
                }
            });
        }
        return canonical;
    }

    /** {@code schema} with its checks respelled. */
    static Schema respell(Schema schema, Map<Check, String> canonical) {
        Map<String, Table> tables = new LinkedHashMap<>();
        for (Table t : schema.tables().values()) {
            List<Check> checks = new ArrayList<>();
            for (Check check : t.checks()) {
                checks.add(new Check(check.name(), canonical.getOrDefault(check, check.expression())));
            }
            tables.put(Namespaces.key(t), t.withChecks(checks));
        }
        return schema.withTables(tables);
    }
}
