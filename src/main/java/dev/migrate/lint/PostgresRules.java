package dev.migrate.lint;

import dev.migrate.lint.SqlTokens.Token;

import java.util.List;
import java.util.Set;

/**
 * PostgreSQL: the lock each statement takes and what it blocks, and whether it rewrites or scans the table, per server
 * version (PostgreSQL 11 adds columns with a non-volatile default without a rewrite; 12 runs
 * {@code ALTER TYPE ... ADD VALUE} in a transaction and skips the NOT NULL scan when a validated check proves it).
 */
final class PostgresRules implements DatabaseRules {

    private static final String SECTION_FALSE = "in a section marked '-- migrate:upgrade transaction=false'";
    /** Functions a default may call without a rewrite: they are stable or immutable, evaluated once. */
    private static final Set<String> NON_VOLATILE = Set.of("NOW", "TRANSACTION_TIMESTAMP", "STATEMENT_TIMESTAMP",
            "CURRENT_TIMESTAMP", "CURRENT_DATE", "CURRENT_TIME", "LOCALTIMESTAMP", "LOCALTIME", "CAST", "COALESCE",
            "LOWER", "UPPER", "ARRAY", "ROW", "JSONB_BUILD_OBJECT", "JSON_BUILD_OBJECT", "JSONB_BUILD_ARRAY",
            "JSON_BUILD_ARRAY", "TO_JSONB", "MAKE_INTERVAL", "NULLIF", "GREATEST", "LEAST", "CONCAT", "TIMEZONE",
            "CURRENT_USER", "SESSION_USER", "CURRENT_SCHEMA", "INTERVAL", "TIMESTAMP", "DATE", "NUMERIC",
            "VARCHAR", "DECIMAL", "CHAR");
    private static final Set<String> SERIAL = Set.of("SERIAL", "BIGSERIAL", "SMALLSERIAL", "SERIAL2", "SERIAL4",
            "SERIAL8");
    /** Target types that PostgreSQL changes without a rewrite when they widen the column (or drop its limit). */
    private static final Set<String> WIDENING = Set.of("TEXT", "VARCHAR", "CHARACTER", "NUMERIC", "DECIMAL",
            "CITEXT");

    @Override
    public void check(Ddl ddl, StatementContext c) {
        if (ddl instanceof Ddl.SetVariable set) {
            if (set.name().equals("lock_timeout") && !set.value().replace("'", "").strip().equals("0")) {
                c.section.lockTimeout = true;
            }
        } else if (ddl instanceof Ddl.CreateTable create) {
            c.range.createdTable(create.table());
        } else if (ddl instanceof Ddl.CreateType type) {
            c.range.createdType(type.type());
        } else if (ddl instanceof Ddl.CreateIndex index) {
            createIndex(index, c);
        } else if (ddl instanceof Ddl.DropIndex drop) {
            dropIndex(drop, c);
        } else if (ddl instanceof Ddl.DropTable drop) {
            for (String table : drop.tables()) {
                CompatibilityRules.dropTable(table, c);
                lockTimeout(table, "ACCESS EXCLUSIVE", c);
            }
        } else if (ddl instanceof Ddl.AlterTable alter) {
            alterTable(alter, c);
        } else if (ddl instanceof Ddl.Reindex reindex) {
            reindex(reindex, c);
        } else if (ddl instanceof Ddl.TableRewrite rewrite) {
            if (c.existing(rewrite.table())) {
                fullRewrite(rewrite.what(), rewrite.table(), c);
                lockTimeout(rewrite.table(), "ACCESS EXCLUSIVE", c);
            }
        } else if (ddl instanceof Ddl.AlterTypeAddValue add) {
            if (c.section.transactional() && !c.target.atLeast(12, 0, 0)) {
                c.report(Rule.ENUM_VALUE_IN_TRANSACTION, null, "ALTER TYPE `" + add.type() + "` ADD VALUE cannot run "
                        + "inside a transaction block on " + c.target.display() + ": the revision fails.",
                        "move it to a section marked '-- migrate:upgrade transaction=false'");
            }
        } else if (ddl instanceof Ddl.AlterTypeRename rename) {
            if (!c.range.isNewType(rename.type())) {
                c.report(Rule.ENUM_VALUE_REMOVAL, null, "renaming type `" + rename.type() + "` to `" + rename.to()
                        + "` is how an enum is recreated without some of its values: rows that hold a removed value "
                        + "fail to convert, every column of the type is rewritten under an ACCESS EXCLUSIVE lock, and "
                        + "the application version still running may write the removed values.",
                        "keep the value in the type and stop writing it; if it must go, update the rows first and "
                                + "convert the columns in a maintenance window");
            }
        } else if (ddl instanceof Ddl.AlterTypeRenameValue rename) {
            if (!c.range.isNewType(rename.type())) {
                c.report(Rule.RENAME_BREAKS_APPLICATION, null, "renaming value " + rename.from() + " of type `"
                        + rename.type() + "` breaks the application version still running, which writes "
                        + rename.from() + ".", "add the new value, move the application and the rows to it, and "
                        + "keep the old one");
            }
        }
    }

    private void createIndex(Ddl.CreateIndex index, StatementContext c) {
        c.range.createdIndex(index.index(), index.table());
        if (index.concurrently()) {
            concurrentlyInTransaction("CREATE INDEX CONCURRENTLY", c);
        } else if (c.existing(index.table())) {
            c.report(Rule.INDEX_WITHOUT_CONCURRENTLY, index.table(), "CREATE " + (index.unique() ? "UNIQUE " : "")
                    + "INDEX on " + c.table(index.table()) + " takes a SHARE lock: writes to the table wait until "
                    + "the index is built (reads go on).",
                    "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX CONCURRENTLY "
                            + (index.index() == null ? "" : "IF NOT EXISTS " + index.index() + " ") + "ON "
                            + index.table() + " ... " + SECTION_FALSE);
            lockTimeout(index.table(), "SHARE", c);
        }
    }

    private void dropIndex(Ddl.DropIndex drop, StatementContext c) {
        if (drop.concurrently()) {
            concurrentlyInTransaction("DROP INDEX CONCURRENTLY", c);
            return;
        }
        for (String index : drop.indexes()) {
            String table = c.tableOfIndex(index).orElse(null);
            if (table == null || c.existing(table)) {
                c.report(Rule.DROP_INDEX_WITHOUT_CONCURRENTLY, table, "DROP INDEX `" + index + "` takes an ACCESS "
                        + "EXCLUSIVE lock on " + (table == null ? "its table" : c.table(table)) + ": reads and "
                        + "writes wait until it ends, and behind any query already running on the table.",
                        "DROP INDEX CONCURRENTLY IF EXISTS " + index + " " + SECTION_FALSE);
                lockTimeout(table, "ACCESS EXCLUSIVE", c);
            }
        }
    }

    private void reindex(Ddl.Reindex reindex, StatementContext c) {
        if (reindex.concurrently()) {
            concurrentlyInTransaction("REINDEX CONCURRENTLY", c);
            return;
        }
        String table = reindex.table() ? reindex.name() : c.tableOfIndex(reindex.name()).orElse(null);
        if (table == null || c.existing(table)) {
            String on = table == null ? "its table" : c.table(table);
            c.report(Rule.INDEX_WITHOUT_CONCURRENTLY, table, "REINDEX " + (reindex.table() ? "TABLE" : "INDEX")
                    + " `" + reindex.name() + "` locks " + on + " against writes (SHARE) and each index against reads "
                    + "(ACCESS EXCLUSIVE) until the indexes are rebuilt.", "REINDEX "
                    + (reindex.table() ? "TABLE" : "INDEX") + " CONCURRENTLY " + reindex.name() + " " + SECTION_FALSE);
            lockTimeout(table, "SHARE", c);
        }
    }

    private void fullRewrite(String what, String table, StatementContext c) {
        c.report(Rule.FULL_TABLE_REWRITE, table, what + " rewrites " + c.table(table) + " under an ACCESS EXCLUSIVE "
                + "lock: reads and writes wait for the whole rewrite.", "pg_repack (or pg_squeeze) rewrites the table "
                + "online; run it outside the migration");
    }

    private void concurrentlyInTransaction(String what, StatementContext c) {
        if (c.section.transactional()) {
            c.report(Rule.CONCURRENTLY_IN_TRANSACTION, null, what + " cannot run inside a transaction block, and "
                    + "this section runs in one: the revision fails.", "mark the section '-- migrate:"
                    + c.section.section.name() + " transaction=false' and keep only such statements in it");
        }
    }

    private void alterTable(Ddl.AlterTable alter, StatementContext c) {
        String table = alter.table();
        boolean existing = c.existing(table);
        boolean locks = false;
        for (Ddl.Action action : alter.actions()) {
            locks |= !(action instanceof Ddl.ValidateConstraint);
            if (action instanceof Ddl.AddColumn add) {
                if (existing) {
                    addColumn(table, add, c);
                }
                c.range.addedColumn(table, add.column());
            } else if (action instanceof Ddl.AddConstraint constraint) {
                addConstraint(table, constraint, existing, c);
            } else if (action instanceof Ddl.ValidateConstraint validate) {
                c.range.validatedConstraint(validate.name());
            } else if (action instanceof Ddl.SetNotNull set) {
                if (existing && !(c.range.hasValidatedNotNull(table, set.column()) && c.target.atLeast(12, 0, 0))) {
                    c.report(Rule.SET_NOT_NULL_SCAN, table, "SET NOT NULL on `" + set.column() + "` takes an ACCESS "
                            + "EXCLUSIVE lock on " + c.table(table) + " and scans it for nulls: reads and writes "
                            + "wait for the whole scan.", c.target.atLeast(12, 0, 0)
                            ? "ADD CONSTRAINT " + set.column() + "_not_null CHECK (" + set.column()
                                    + " IS NOT NULL) NOT VALID; VALIDATE CONSTRAINT " + set.column()
                                    + "_not_null; then SET NOT NULL (no scan) and drop the check"
                            : "keep a validated CHECK (" + set.column() + " IS NOT NULL) NOT VALID constraint "
                                    + "instead (PostgreSQL 12 and newer use it to skip the scan)");
                }
            } else if (action instanceof Ddl.AlterColumnType type) {
                if (existing && !c.range.isNewColumn(table, type.column()) && rewrites(type)) {
                    c.report(Rule.TYPE_CHANGE_REWRITE, table, "changing the type of `" + type.column() + "` to "
                            + text(type.type()) + " rewrites " + c.table(table) + " and its indexes under an ACCESS "
                            + "EXCLUSIVE lock: reads and writes wait for the whole rewrite.",
                            "expand/contract: add a column of the new type, fill it in batches, switch the "
                                    + "application, then drop the old column");
                }
            } else if (action instanceof Ddl.DropColumn drop) {
                if (existing) {
                    CompatibilityRules.dropColumn(table, drop.column(), c);
                }
            } else if (action instanceof Ddl.RenameColumn rename) {
                if (existing) {
                    CompatibilityRules.renameColumn(table, rename.from(), rename.to(), c);
                }
            } else if (action instanceof Ddl.RenameTo rename) {
                CompatibilityRules.renameTable(table, rename.to(), c);
            } else if (action instanceof Ddl.OtherAction other && existing && rewritingOption(other)) {
                fullRewrite("SET " + other.tokens().get(1).upper(), table, c);
            }
        }
        if (existing && locks) {
            boolean onlyForeignKeys = alter.actions().stream().allMatch(a -> a instanceof Ddl.AddConstraint k
                    && k.kind().equals("FOREIGN KEY"));
            lockTimeout(table, onlyForeignKeys ? "SHARE ROW EXCLUSIVE" : "ACCESS EXCLUSIVE", c);
        }
    }

    private void addColumn(String table, Ddl.AddColumn add, StatementContext c) {
        List<Token> def = add.definition();
        String column = add.column();
        String why = null;
        boolean hasDefault = false;
        boolean generated = false;
        boolean notNull = false;
        boolean unique = false;
        for (int i = 0; i < def.size(); i++) {
            Token t = def.get(i);
            if (i == 0 && SERIAL.contains(t.upper())) {
                why = "as " + t.text() + " fills every row from a sequence, which";
                generated = true;
            } else if (t.is("DEFAULT") && !(i > 0 && def.get(i - 1).is("BY"))) {
                hasDefault = true;
                List<Token> expression = defaultExpression(def, i + 1);
                String volatileCall = volatileCall(expression);
                boolean isNull = expression.size() == 1 && expression.get(0).is("NULL");
                if (volatileCall != null) {
                    why = "with the volatile default " + text(expression) + " evaluates it for every row, which";
                } else if (!c.target.atLeast(11, 0, 0) && !isNull) {
                    why = "with a default on " + c.target.display() + " (before 11) writes it into every row, which";
                }
            } else if (t.is("GENERATED")) {
                generated = true;
                boolean identity = def.stream().anyMatch(x -> x.is("IDENTITY"));
                why = identity ? "as an identity column fills every row from a sequence, which"
                        : "as a stored generated column computes it for every row, which";
            } else if (t.is("NOT") && i + 1 < def.size() && def.get(i + 1).is("NULL")) {
                notNull = true;
            } else if (t.is("UNIQUE") || t.is("PRIMARY")) {
                unique = true;
            }
        }
        if (why != null) {
            c.report(Rule.ADD_COLUMN_REWRITE, table, "ADD COLUMN `" + column + "` " + why + " rewrites "
                    + c.table(table) + " under an ACCESS EXCLUSIVE lock: reads and writes wait for the whole "
                    + "rewrite.", "add `" + column + "` without the default (or as a plain nullable column), "
                    + "SET DEFAULT for new rows, then fill existing rows in batches");
        }
        if (notNull && !hasDefault && !generated && c.size(table).map(s -> s.rows() != 0).orElse(true)) {
            c.report(Rule.ADD_REQUIRED_COLUMN, table, "ADD COLUMN `" + column + "` NOT NULL without a default fails "
                    + "as soon as " + c.table(table) + " holds a row.", "add `" + column + "` with a DEFAULT, or "
                    + "nullable, fill it, then SET NOT NULL through a validated check");
        }
        if (unique) {
            uniqueWithoutIndex(table, column, c);
        }
    }

    private void addConstraint(String table, Ddl.AddConstraint constraint, boolean existing, StatementContext c) {
        String notNullColumn = notNullCheckColumn(constraint);
        if (notNullColumn != null) {
            if (constraint.notValid()) {
                c.range.notValidNotNullCheck(constraint.name(), table, notNullColumn);
            } else {
                c.range.validatedNotNull(table, notNullColumn);
            }
        }
        if (!existing) {
            return;
        }
        String name = constraint.name() == null ? "" : " " + constraint.name();
        switch (constraint.kind()) {
            case "FOREIGN KEY" -> {
                if (!constraint.notValid()) {
                    c.report(Rule.CONSTRAINT_WITHOUT_NOT_VALID, table, "ADD FOREIGN KEY takes a SHARE ROW EXCLUSIVE "
                            + "lock on " + c.table(table) + " and the table it references and scans " + "`" + table
                            + "` to validate it: writes to both wait for the whole scan.",
                            "ADD CONSTRAINT" + name + " FOREIGN KEY ... NOT VALID; then, in another transaction, "
                                    + "ALTER TABLE " + table + " VALIDATE CONSTRAINT" + name);
                }
            }
            case "CHECK" -> {
                if (!constraint.notValid()) {
                    c.report(Rule.CONSTRAINT_WITHOUT_NOT_VALID, table, "ADD CHECK takes an ACCESS EXCLUSIVE lock on "
                            + c.table(table) + " and scans it to validate: reads and writes wait for the whole scan.",
                            "ADD CONSTRAINT" + name + " CHECK (...) NOT VALID; then, in another transaction, "
                                    + "ALTER TABLE " + table + " VALIDATE CONSTRAINT" + name);
                }
            }
            case "UNIQUE", "PRIMARY KEY", "EXCLUDE" -> {
                if (!constraint.usingIndex()) {
                    uniqueWithoutIndex(table, null, c);
                }
            }
            default -> { }
        }
    }

    private void uniqueWithoutIndex(String table, String column, StatementContext c) {
        c.report(Rule.UNIQUE_WITHOUT_INDEX, table, "adding a unique or primary key constraint builds its index under "
                + "an ACCESS EXCLUSIVE lock on " + c.table(table) + ": reads and writes wait until it is built.",
                "CREATE UNIQUE INDEX CONCURRENTLY <name> ON " + table + " (" + (column == null ? "..." : column)
                        + ") " + SECTION_FALSE + "; then ALTER TABLE " + table
                        + " ADD CONSTRAINT <name> UNIQUE USING INDEX <name>");
    }

    /** Emits {@code missing-lock-timeout} once per section, for the first lock on an existing table. */
    private void lockTimeout(String table, String lock, StatementContext c) {
        if (c.section.lockTimeout || c.section.lockTimeoutReported || (table != null && !c.existing(table))) {
            return;
        }
        c.section.lockTimeoutReported = true;
        c.report(Rule.MISSING_LOCK_TIMEOUT, null, "this statement waits for " + (lock.startsWith("A") ? "an " : "a ")
                + lock + " lock on " + (table == null ? "its table" : "`" + table + "`") + " with no lock_timeout: "
                + "while it waits behind a long query, every later query on the table queues behind it.",
                c.section.transactional() ? "SET LOCAL lock_timeout = '5s'; as the section's first statement"
                        : "SET lock_timeout = '5s'; as the section's first statement");
    }

    /** {@code SET TABLESPACE}, {@code SET LOGGED} and {@code SET UNLOGGED} copy the whole table. */
    private static boolean rewritingOption(Ddl.OtherAction other) {
        List<Token> t = other.tokens();
        return t.size() >= 2 && t.get(0).is("SET")
                && (t.get(1).is("TABLESPACE") || t.get(1).is("LOGGED") || t.get(1).is("UNLOGGED"));
    }

    private static boolean rewrites(Ddl.AlterColumnType type) {
        if (type.using() || type.type().isEmpty()) {
            return true;
        }
        String first = type.type().get(0).upper();
        return !WIDENING.contains(first) || first.equals("CHARACTER") && !(type.type().size() > 1
                && type.type().get(1).is("VARYING"));
    }

    private static List<Token> defaultExpression(List<Token> def, int from) {
        int depth = 0;
        int i = from;
        for (; i < def.size(); i++) {
            Token t = def.get(i);
            if (t.isSymbol("(")) {
                depth++;
            } else if (t.isSymbol(")")) {
                depth--;
            } else if (depth == 0 && (t.is("NOT") || t.is("NULL") && i > from || t.is("CONSTRAINT") || t.is("CHECK")
                    || t.is("REFERENCES") || t.is("UNIQUE") || t.is("PRIMARY") || t.is("GENERATED")
                    || t.is("COLLATE"))) {
                break;
            }
        }
        return def.subList(from, i);
    }

    /** The first function call in a default expression that is not known to be stable or immutable. */
    private static String volatileCall(List<Token> expression) {
        for (int i = 0; i + 1 < expression.size(); i++) {
            Token t = expression.get(i);
            boolean afterCast = i > 0 && expression.get(i - 1).isSymbol("::");
            if (t.kind() == SqlTokens.Kind.WORD && expression.get(i + 1).isSymbol("(") && !afterCast
                    && !NON_VOLATILE.contains(t.upper())) {
                return t.text();
            }
        }
        return null;
    }

    /** The column of a {@code CHECK (col IS NOT NULL)}, else null. */
    private static String notNullCheckColumn(Ddl.AddConstraint constraint) {
        List<Token> b = constraint.body();
        if (constraint.kind().equals("CHECK") && b.size() >= 6 && b.get(0).isSymbol("(") && b.get(1).isName()
                && b.get(2).is("IS") && b.get(3).is("NOT") && b.get(4).is("NULL") && b.get(5).isSymbol(")")) {
            return b.get(1).text();
        }
        return null;
    }

    static String text(List<Token> tokens) {
        StringBuilder out = new StringBuilder();
        Token previous = null;
        for (Token t : tokens) {
            boolean tight = previous != null && (t.isSymbol("(") && previous.kind() == SqlTokens.Kind.WORD
                    || t.isSymbol(")") || t.isSymbol(",") || previous.isSymbol("(") || t.isSymbol("::")
                    || previous.isSymbol("::"));
            if (previous != null && !tight) {
                out.append(' ');
            }
            out.append(t.kind() == SqlTokens.Kind.STRING ? "'" + t.text() + "'" : t.text());
            previous = t;
        }
        return out.toString();
    }
}
