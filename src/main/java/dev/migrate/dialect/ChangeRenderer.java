package dev.migrate.dialect;

import dev.migrate.change.AddCheck;
import dev.migrate.change.AddColumn;
import dev.migrate.change.AddEnumValue;
import dev.migrate.change.AddForeignKey;
import dev.migrate.change.AddPrimaryKey;
import dev.migrate.change.AddUniqueKey;
import dev.migrate.change.AlterColumn;
import dev.migrate.change.AlterSequence;
import dev.migrate.change.Change;
import dev.migrate.change.Warnings;
import dev.migrate.change.CreateEnumType;
import dev.migrate.change.CreateIndex;
import dev.migrate.change.CreateSchema;
import dev.migrate.change.CreateSequence;
import dev.migrate.change.CreateTable;
import dev.migrate.change.DropCheck;
import dev.migrate.change.DropColumn;
import dev.migrate.change.DropEnumType;
import dev.migrate.change.DropForeignKey;
import dev.migrate.change.DropIndex;
import dev.migrate.change.DropPrimaryKey;
import dev.migrate.change.DropSchema;
import dev.migrate.change.DropSequence;
import dev.migrate.change.DropTable;
import dev.migrate.change.DropUniqueKey;
import dev.migrate.change.RebuildEnumType;
import dev.migrate.change.SetTableComment;
import dev.migrate.schema.Check;
import dev.migrate.schema.Column;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.IndexKey;
import dev.migrate.schema.Namespaces;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueKey;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders changes as SQL statements (without terminators) in one database's dialect. The shared parts are standard
 * SQL; each database overrides what it spells differently. As a {@link Change.Visitor} it cannot compile without
 * a rendering for every kind of change.
 */
public abstract class ChangeRenderer implements Change.Visitor<List<String>> {

    protected final Dialect dialect;

    protected ChangeRenderer(Dialect dialect) {
        this.dialect = dialect;
    }

    /** What the database does with existing rows, for the warnings above the statements of a change. */
    public abstract Warnings.Rules warningRules();

    public final List<String> render(Change change) {
        return change.accept(this);
    }

    @Override
    public List<String> visit(CreateTable change) {
        List<String> sql = new ArrayList<>();
        createTable(change.table(), sql);
        return sql;
    }

    @Override
    public List<String> visit(DropTable change) {
        return List.of("DROP TABLE " + table(Namespaces.key(change.table())));
    }

    @Override
    public List<String> visit(AddColumn change) {
        List<String> sql = new ArrayList<>();
        sql.add("ALTER TABLE " + table(change.table()) + " ADD COLUMN " + columnDefinition(change.column()));
        columnComment(change.table(), change.column(), sql);
        return sql;
    }

    @Override
    public List<String> visit(DropColumn change) {
        return List.of("ALTER TABLE " + table(change.table()) + " DROP COLUMN " + id(change.column().name()));
    }

    @Override
    public List<String> visit(AlterColumn change) {
        List<String> sql = new ArrayList<>();
        alterColumn(change, sql);
        return sql;
    }

    @Override
    public List<String> visit(AddPrimaryKey change) {
        return List.of("ALTER TABLE " + table(change.table()) + " ADD " + named(change.constraint().name())
                + "PRIMARY KEY (" + columns(change.constraint().columns()) + ")");
    }

    @Override
    public List<String> visit(DropPrimaryKey change) {
        return List.of(dropPrimaryKey(change.table(), change.constraint().name()));
    }

    @Override
    public List<String> visit(AddUniqueKey change) {
        return List.of("ALTER TABLE " + table(change.table()) + " ADD " + named(change.constraint().name())
                + "UNIQUE (" + columns(change.constraint().columns()) + ")");
    }

    @Override
    public List<String> visit(DropUniqueKey change) {
        return List.of(dropUniqueKey(change.table(), change.constraint()));
    }

    @Override
    public List<String> visit(AddForeignKey change) {
        return List.of("ALTER TABLE " + table(change.table()) + " ADD " + foreignKey(change.constraint()));
    }

    @Override
    public List<String> visit(DropForeignKey change) {
        return List.of(dropForeignKey(change.table(), change.constraint()));
    }

    @Override
    public List<String> visit(AddCheck change) {
        return List.of("ALTER TABLE " + table(change.table()) + " ADD " + check(change.constraint()));
    }

    @Override
    public List<String> visit(DropCheck change) {
        return List.of("ALTER TABLE " + table(change.table()) + " DROP CONSTRAINT "
                + id(change.constraint().name()));
    }

    @Override
    public List<String> visit(CreateIndex change) {
        return List.of(createIndex(change.table(), change.index()));
    }

    @Override
    public List<String> visit(DropIndex change) {
        return List.of(dropIndex(change.table(), change.index(), change.ofForeignKey()));
    }

    @Override
    public List<String> visit(CreateSequence change) {
        return List.of(createSequence(change.sequence()));
    }

    @Override
    public List<String> visit(DropSequence change) {
        return List.of("DROP SEQUENCE " + table(Namespaces.key(change.sequence())));
    }

    @Override
    public List<String> visit(AlterSequence change) {
        return List.of(alterSequence(change.from(), change.to()));
    }

    @Override
    public List<String> visit(SetTableComment change) {
        return List.of(tableComment(change.table(), change.to()));
    }

    @Override
    public List<String> visit(CreateEnumType change) {
        return List.of(createEnumType(change.type().name(), change.type().values()));
    }

    @Override
    public List<String> visit(DropEnumType change) {
        return List.of(dropEnumType(change.type().name()));
    }

    @Override
    public List<String> visit(AddEnumValue change) {
        List<String> sql = new ArrayList<>();
        addEnumValue(change, sql);
        return sql;
    }

    @Override
    public List<String> visit(RebuildEnumType change) {
        List<String> sql = new ArrayList<>();
        rebuildEnumType(change, sql);
        return sql;
    }

    @Override
    public List<String> visit(CreateSchema change) {
        return List.of(createSchema(change.schema()));
    }

    @Override
    public List<String> visit(DropSchema change) {
        return List.of(dropSchema(change.schema()));
    }

    /** Named enum types exist only where the reader finds them (PostgreSQL); elsewhere enums are column types. */
    protected String createEnumType(String name, List<String> values) {
        throw new UnsupportedOperationException(dialect.name() + " has no named enum types");
    }

    protected String dropEnumType(String name) {
        throw new UnsupportedOperationException(dialect.name() + " has no named enum types");
    }

    protected void addEnumValue(AddEnumValue change, List<String> sql) {
        throw new UnsupportedOperationException(dialect.name() + " has no named enum types");
    }

    protected void rebuildEnumType(RebuildEnumType change, List<String> sql) {
        throw new UnsupportedOperationException(dialect.name() + " has no named enum types");
    }

    protected String id(String name) {
        return dialect.identifier(name);
    }

    /** A table or sequence by its key ({@code schema.name} outside the default schema), qualified where needed. */
    protected String table(String key) {
        return dialect.qualified(Namespaces.schemaOf(key), Namespaces.nameOf(key));
    }

    protected String createSchema(String schema) {
        return "CREATE SCHEMA " + id(schema);
    }

    protected String dropSchema(String schema) {
        return "DROP SCHEMA " + id(schema);
    }

    protected String columns(List<String> names) {
        return String.join(", ", names.stream().map(this::id).toList());
    }

    /** {@code CONSTRAINT name } unless the name is one the database generates itself. */
    protected String named(String constraint) {
        return constraint == null || isImplicitName(constraint) ? "" : "CONSTRAINT " + id(constraint) + " ";
    }

    /** Whether a constraint name is implied by the syntax (MariaDB's PRIMARY) and must not be written out. */
    protected boolean isImplicitName(String name) {
        return false;
    }

    protected void createTable(Table table, List<String> sql) {
        String key = Namespaces.key(table);
        StringBuilder out = new StringBuilder("CREATE TABLE ").append(table(key)).append(" (");
        List<String> parts = new ArrayList<>();
        for (Column column : table.columns()) {
            parts.add(columnDefinition(column));
        }
        table.primaryKey().ifPresent(pk -> parts.add(named(pk.name()) + "PRIMARY KEY (" + columns(pk.columns())
                + ")"));
        for (UniqueKey uk : table.uniqueKeys()) {
            parts.add(named(uk.name()) + "UNIQUE (" + columns(uk.columns()) + ")");
        }
        for (Check check : table.checks()) {
            parts.add(check(check));
        }
        for (String part : parts) {
            out.append("\n    ").append(part).append(',');
        }
        out.setLength(out.length() - 1);
        out.append("\n)").append(tableOptions(table));
        sql.add(out.toString());
        for (Index index : table.indexes()) {
            sql.add(createIndex(key, index));
        }
        if (table.comment() != null && !inlineComments()) {
            sql.add(tableComment(key, table.comment()));
        }
        for (Column column : table.columns()) {
            columnComment(key, column, sql);
        }
    }

    /** Text after the closing parenthesis of CREATE TABLE. */
    protected String tableOptions(Table table) {
        return "";
    }

    /** Whether comments are part of the column and table definitions (MariaDB) rather than statements. */
    protected boolean inlineComments() {
        return false;
    }

    protected abstract String columnDefinition(Column column);

    protected void columnComment(String table, Column column, List<String> sql) {
        if (column.comment() != null && !inlineComments()) {
            sql.add("COMMENT ON COLUMN " + table(table) + "." + id(column.name()) + " IS "
                    + dialect.literal(column.comment()));
        }
    }

    protected String tableComment(String table, String comment) {
        return "COMMENT ON TABLE " + table(table) + " IS " + (comment == null ? "NULL" : dialect.literal(comment));
    }

    protected abstract void alterColumn(AlterColumn change, List<String> sql);

    protected String check(Check check) {
        return named(check.name()) + "CHECK (" + check.sql() + ")";
    }

    protected String foreignKey(ForeignKey key) {
        StringBuilder out = new StringBuilder(named(key.name())).append("FOREIGN KEY (").append(columns(key.columns()))
                .append(") REFERENCES ").append(dialect.qualified(key.referencedSchema(), key.referencedTable()))
                .append(" (")
                .append(columns(key.referencedColumns())).append(')');
        if (!ForeignKey.NO_ACTION.equals(key.onDelete())) {
            out.append(" ON DELETE ").append(key.onDelete());
        }
        if (!ForeignKey.NO_ACTION.equals(key.onUpdate())) {
            out.append(" ON UPDATE ").append(key.onUpdate());
        }
        return out.toString();
    }

    protected String dropPrimaryKey(String table, String name) {
        return "ALTER TABLE " + table(table) + " DROP CONSTRAINT " + id(name);
    }

    protected String dropUniqueKey(String table, UniqueKey key) {
        return "ALTER TABLE " + table(table) + " DROP CONSTRAINT " + id(key.name());
    }

    protected String dropForeignKey(String table, ForeignKey key) {
        return "ALTER TABLE " + table(table) + " DROP CONSTRAINT " + id(key.name());
    }

    protected String createIndex(String table, Index index) {
        List<String> keys = new ArrayList<>();
        for (IndexKey key : index.keys()) {
            keys.add((key.column() ? id(key.expression()) : "(" + key.expression() + ")")
                    + (key.descending() ? " DESC" : ""));
        }
        return "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + id(index.name()) + " ON " + table(table)
                + indexMethod(index) + " (" + String.join(", ", keys) + ")"
                + (index.predicate() == null ? "" : " WHERE " + index.predicate());
    }

    protected String indexMethod(Index index) {
        return "";
    }

    /** {@code ofForeignKey}: the index a database may have dropped by itself (see {@link DropIndex}). */
    protected String dropIndex(String table, Index index, boolean ofForeignKey) {
        return "DROP INDEX " + dialect.qualified(Namespaces.schemaOf(table), index.name());
    }

    protected String createSequence(Sequence s) {
        return "CREATE SEQUENCE " + table(Namespaces.key(s)) + sequenceType(s) + " START WITH " + s.start()
                + " INCREMENT BY " + s.increment() + sequenceOptions(s);
    }

    protected String alterSequence(Sequence from, Sequence to) {
        return "ALTER SEQUENCE " + table(Namespaces.key(to))
                + (from.start() != to.start() ? " START WITH " + to.start() : "")
                + " INCREMENT BY " + to.increment() + " MINVALUE " + to.minValue() + " MAXVALUE " + to.maxValue()
                + " CACHE " + to.cache() + (to.cycle() ? " CYCLE" : noCycle());
    }

    /** The option that makes a sequence stop at its bound. */
    protected String noCycle() {
        return " NO CYCLE";
    }

    protected String sequenceType(Sequence s) {
        return "";
    }

    /** MINVALUE, MAXVALUE, CACHE and CYCLE where they differ from the database's defaults. */
    protected String sequenceOptions(Sequence s) {
        StringBuilder out = new StringBuilder();
        if (s.minValue() != defaultMinValue(s)) {
            out.append(" MINVALUE ").append(s.minValue());
        }
        if (s.maxValue() != defaultMaxValue(s)) {
            out.append(" MAXVALUE ").append(s.maxValue());
        }
        if (s.cache() != defaultCache()) {
            out.append(" CACHE ").append(s.cache());
        }
        if (s.cycle()) {
            out.append(" CYCLE");
        }
        return out.toString();
    }

    protected long defaultMinValue(Sequence s) {
        return s.increment() > 0 ? 1 : Long.MIN_VALUE;
    }

    protected long defaultMaxValue(Sequence s) {
        return s.increment() > 0 ? Long.MAX_VALUE : -1;
    }

    protected long defaultCache() {
        return 1;
    }

    /** The type without its size: {@code character varying} of {@code character varying(255)}. */
    protected static String baseType(String type) {
        int paren = type.indexOf('(');
        return (paren < 0 ? type : type.substring(0, paren)).strip().toLowerCase(Locale.ROOT);
    }
}
