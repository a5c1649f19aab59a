package dev.migrate.dialect.postgres;

import dev.migrate.change.AddCheck;
import dev.migrate.change.AddForeignKey;
import dev.migrate.change.AddPrimaryKey;
import dev.migrate.change.AddUniqueKey;
import dev.migrate.change.AlterColumn;
import dev.migrate.change.CreateIndex;
import dev.migrate.change.DropIndex;
import dev.migrate.dialect.Dialect;
import dev.migrate.schema.Index;
import dev.migrate.schema.IndexKey;
import dev.migrate.schema.Namespaces;

import java.util.List;

/**
 * PostgreSQL's online-safe spelling of changes on a table that exists and stays, for a section that runs outside a
 * transaction (so that each statement commits and releases its lock before the next one): indexes built and dropped
 * {@code CONCURRENTLY} (with {@code IF [NOT] EXISTS}, so the statements can run again after a failure), unique and
 * primary keys attached to an index built that way, foreign keys and checks added {@code NOT VALID} and validated
 * by a statement of their own, NOT NULL set through a validated check. The database reached is the one the plain
 * form reaches.
 */
final class PostgresOnlineRenderer extends PostgresRenderer {

    /** PostgreSQL's limit on identifiers, in bytes; the names made up here are ASCII around the names they use. */
    private static final int MAX_NAME = 63;

    PostgresOnlineRenderer(Dialect dialect) {
        super(dialect);
    }

    @Override
    public List<String> visit(CreateIndex change) {
        return List.of(concurrentIndex(change.table(), change.index()));
    }

    @Override
    public List<String> visit(DropIndex change) {
        return List.of("DROP INDEX CONCURRENTLY IF EXISTS "
                + dialect.qualified(Namespaces.schemaOf(change.table()), change.index().name()));
    }

    @Override
    public List<String> visit(AddUniqueKey change) {
        String name = change.constraint().name();
        if (name == null) {
            return super.visit(change);
        }
        return List.of(concurrentIndex(change.table(), uniqueIndex(name, change.constraint().columns())),
                "ALTER TABLE " + table(change.table()) + " ADD CONSTRAINT " + id(name) + " UNIQUE USING INDEX "
                        + id(name));
    }

    @Override
    public List<String> visit(AddPrimaryKey change) {
        String name = change.constraint().name();
        if (name == null) {
            return super.visit(change);
        }
        return List.of(concurrentIndex(change.table(), uniqueIndex(name, change.constraint().columns())),
                "ALTER TABLE " + table(change.table()) + " ADD CONSTRAINT " + id(name) + " PRIMARY KEY USING INDEX "
                        + id(name));
    }

    @Override
    public List<String> visit(AddForeignKey change) {
        if (change.constraint().name() == null) {
            return super.visit(change);
        }
        return List.of("ALTER TABLE " + table(change.table()) + " ADD " + foreignKey(change.constraint())
                + " NOT VALID", validate(change.table(), change.constraint().name()));
    }

    @Override
    public List<String> visit(AddCheck change) {
        if (change.constraint().name() == null) {
            return super.visit(change);
        }
        return List.of("ALTER TABLE " + table(change.table()) + " ADD " + check(change.constraint()) + " NOT VALID",
                validate(change.table(), change.constraint().name()));
    }

    /**
     * A check that the column holds no null, added NOT VALID and validated (a scan that blocks no one); SET NOT NULL
     * then trusts it instead of scanning under its ACCESS EXCLUSIVE lock (PostgreSQL 12 and newer), and the check
     * goes again.
     */
    @Override
    protected void setNotNull(AlterColumn change, String prefix, List<String> sql) {
        String check = notNullCheckName(Namespaces.nameOf(change.table()), change.to().name());
        sql.add("ALTER TABLE " + table(change.table()) + " ADD CONSTRAINT " + id(check) + " CHECK ("
                + id(change.to().name()) + " IS NOT NULL) NOT VALID");
        sql.add(validate(change.table(), check));
        sql.add(prefix + "SET NOT NULL");
        sql.add("ALTER TABLE " + table(change.table()) + " DROP CONSTRAINT " + id(check));
    }

    /**
     * {@code <table>_<column>_not_null_check}, cut to PostgreSQL's 63 bytes. Not {@code <table>_<column>_not_null}:
     * PostgreSQL 18 gives that name to the NOT NULL constraint itself and would pick another one while the check
     * exists.
     */
    static String notNullCheckName(String table, String column) {
        String name = table + "_" + column + "_not_null_check";
        return name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME);
    }

    private String validate(String table, String constraint) {
        return "ALTER TABLE " + table(table) + " VALIDATE CONSTRAINT " + id(constraint);
    }

    private String concurrentIndex(String table, Index index) {
        String plain = createIndex(table, index);
        String head = "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX ";
        return head + "CONCURRENTLY IF NOT EXISTS " + plain.substring(head.length());
    }

    private static Index uniqueIndex(String name, List<String> columns) {
        return new Index(name, true, columns.stream().map(c -> new IndexKey(c, true, false)).toList(), null, null);
    }
}
