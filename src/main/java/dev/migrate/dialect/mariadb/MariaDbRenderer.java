package dev.migrate.dialect.mariadb;

import dev.migrate.change.Warnings;
import dev.migrate.change.AlterColumn;
import dev.migrate.schema.Column;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueKey;
import dev.migrate.dialect.ChangeRenderer;
import dev.migrate.dialect.Dialect;

import java.util.List;

/** MariaDB's and MySQL's spelling of changes: inline comments, MODIFY COLUMN, DROP INDEX / FOREIGN KEY. */
final class MariaDbRenderer extends ChangeRenderer {

    MariaDbRenderer(Dialect dialect) {
        super(dialect);
    }

    @Override
    protected boolean isImplicitName(String name) {
        return name.equals("PRIMARY");
    }

    @Override
    protected boolean inlineComments() {
        return true;
    }

    @Override
    protected String columnDefinition(Column c) {
        StringBuilder out = new StringBuilder(id(c.name())).append(' ').append(c.type());
        if (c.generated() != null) {
            out.append(" GENERATED ALWAYS AS (").append(c.generated()).append(") STORED");
        }
        if (!c.nullable()) {
            out.append(" NOT NULL");
        }
        if (c.defaultValue() != null) {
            out.append(" DEFAULT ").append(c.defaultSql());
        }
        if (c.identity() != Column.Identity.NONE) {
            out.append(" AUTO_INCREMENT");
        }
        if (c.comment() != null) {
            out.append(" COMMENT ").append(dialect.literal(c.comment()));
        }
        return out.toString();
    }

    @Override
    protected String tableOptions(Table table) {
        return table.comment() == null ? "" : " COMMENT=" + dialect.literal(table.comment());
    }

    @Override
    protected String tableComment(String table, String comment) {
        return "ALTER TABLE " + table(table) + " COMMENT = " + dialect.literal(comment == null ? "" : comment);
    }

    @Override
    protected void alterColumn(AlterColumn a, List<String> sql) {
        sql.add("ALTER TABLE " + table(a.table()) + " MODIFY COLUMN " + columnDefinition(a.to()));
    }

    @Override
    protected String dropPrimaryKey(String table, String name) {
        return "ALTER TABLE " + table(table) + " DROP PRIMARY KEY";
    }

    @Override
    protected String dropUniqueKey(String table, UniqueKey key) {
        return "ALTER TABLE " + table(table) + " DROP INDEX " + id(key.name());
    }

    @Override
    protected String dropForeignKey(String table, ForeignKey key) {
        return "ALTER TABLE " + table(table) + " DROP FOREIGN KEY " + id(key.name());
    }

    /** MariaDB knows {@code NOCYCLE} only. */
    @Override
    protected String noCycle() {
        return " NOCYCLE";
    }

    @Override
    protected String dropIndex(String table, Index index, boolean ofForeignKey) {
        // MySQL has no DROP INDEX IF EXISTS (and was not tried here)
        boolean ifExists = ofForeignKey && !((MariaDbDialect) dialect).mysql();
        return "DROP INDEX " + (ifExists ? "IF EXISTS " : "") + id(index.name()) + " ON " + table(table);
    }

    @Override
    protected String createSchema(String schema) {
        return "CREATE DATABASE " + id(schema);
    }

    @Override
    protected String dropSchema(String schema) {
        return "DROP DATABASE " + id(schema);
    }

    @Override
    protected long defaultMaxValue(Sequence s) {
        return s.increment() > 0 ? Long.MAX_VALUE - 1 : -1;
    }

    @Override
    protected long defaultMinValue(Sequence s) {
        return s.increment() > 0 ? 1 : Long.MIN_VALUE + 1;
    }

    @Override
    protected long defaultCache() {
        return 1000;
    }

    @Override
    public Warnings.Rules warningRules() {
        return MariaDbWarningRules.RULES;
    }
}
