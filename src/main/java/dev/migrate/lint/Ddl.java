package dev.migrate.lint;

import dev.migrate.lint.SqlTokens.Token;

import java.util.List;

/** What a statement does to the schema, as far as the lint rules care: one record per kind of statement. */
sealed interface Ddl {

    record CreateTable(String table) implements Ddl { }

    /** {@code method} is FULLTEXT or SPATIAL for MariaDB's special indexes, else empty. */
    record CreateIndex(String table, String index, boolean unique, boolean concurrently, String method)
            implements Ddl { }

    /** {@code table} is known on MariaDB ({@code DROP INDEX i ON t}), null on PostgreSQL. */
    record DropIndex(List<String> indexes, String table, boolean concurrently) implements Ddl { }

    record AlterTable(String table, List<Action> actions) implements Ddl { }

    record DropTable(List<String> tables) implements Ddl { }

    /** MariaDB's {@code RENAME TABLE a TO b}. */
    record RenameTable(String from, String to) implements Ddl { }

    record CreateType(String type) implements Ddl { }

    record AlterTypeAddValue(String type) implements Ddl { }

    record AlterTypeRename(String type, String to) implements Ddl { }

    record AlterTypeRenameValue(String type, String from, String to) implements Ddl { }

    /** {@code SET [LOCAL|SESSION] name = value} (MariaDB: {@code SET [SESSION] name = value}). */
    record SetVariable(String name, String value) implements Ddl { }

    /** {@code REINDEX INDEX|TABLE name}: {@code table} is true for a table. */
    record Reindex(String name, boolean table, boolean concurrently) implements Ddl { }

    /** {@code VACUUM FULL t} and {@code CLUSTER t}: {@code what} is the command as users know it. */
    record TableRewrite(String what, String table) implements Ddl { }

    record Other() implements Ddl { }

    /** One action of an {@code ALTER TABLE}. */
    sealed interface Action { }

    record AddColumn(String column, List<Token> definition) implements Action { }

    /** {@code kind}: FOREIGN KEY, CHECK, UNIQUE, PRIMARY KEY, EXCLUDE, INDEX, FULLTEXT, SPATIAL. */
    record AddConstraint(String name, String kind, boolean notValid, boolean usingIndex, List<Token> body)
            implements Action { }

    record AlterColumnType(String column, List<Token> type, boolean using) implements Action { }

    record SetNotNull(String column) implements Action { }

    record DropColumn(String column) implements Action { }

    /** {@code kind}: CONSTRAINT, INDEX, PRIMARY KEY, FOREIGN KEY. */
    record DropConstraint(String kind, String name) implements Action { }

    record RenameColumn(String from, String to) implements Action { }

    record RenameTo(String to) implements Action { }

    record ValidateConstraint(String name) implements Action { }

    /** MariaDB {@code MODIFY col def} and {@code CHANGE old new def}. */
    record ModifyColumn(String column, String newName, List<Token> definition) implements Action { }

    /** {@code ALGORITHM=...}, {@code LOCK=...} and the like. */
    record TableOption(String name, String value) implements Action { }

    record ConvertCharset() implements Action { }

    record OtherAction(List<Token> tokens) implements Action { }
}
