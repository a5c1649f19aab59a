package dev.migrate.diff;

import dev.migrate.change.AddCheck;
import dev.migrate.change.AddColumn;
import dev.migrate.change.AddEnumValue;
import dev.migrate.change.AddForeignKey;
import dev.migrate.change.AddPrimaryKey;
import dev.migrate.change.AddUniqueKey;
import dev.migrate.change.AlterColumn;
import dev.migrate.change.AlterSequence;
import dev.migrate.change.Change;
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

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The schemas (MariaDB: databases) an upgrade must create first: those it creates a table or sequence in that the
 * database does not have. Their reverses drop them at the end of the downgrade, so a schema is only ever dropped by
 * the revision that created it.
 */
public final class SchemaCreation {

    private SchemaCreation() {
    }

    /** {@code upgrade} preceded by a {@link CreateSchema} for each of {@code missing} it creates objects in. */
    public static List<Change> prepend(List<Change> upgrade, Set<String> missing) {
        Set<String> created = new TreeSet<>();
        for (Change change : upgrade) {
            String schema = change.accept(CREATES_IN);
            if (schema != null && missing.contains(schema)) {
                created.add(schema);
            }
        }
        if (created.isEmpty()) {
            return upgrade;
        }
        List<Change> changes = new ArrayList<>();
        created.forEach(schema -> changes.add(new CreateSchema(schema)));
        changes.addAll(upgrade);
        return changes;
    }

    /**
     * The schema a change creates a table or sequence in, null for the default one or for a change that creates
     * neither.
     */
    private static final Change.Visitor<String> CREATES_IN = new Change.Visitor<>() {

        @Override
        public String visit(CreateTable change) {
            return change.table().schema();
        }

        @Override
        public String visit(DropTable change) {
            return null;
        }

        @Override
        public String visit(AddColumn change) {
            return null;
        }

        @Override
        public String visit(DropColumn change) {
            return null;
        }

        @Override
        public String visit(AlterColumn change) {
            return null;
        }

        @Override
        public String visit(AddPrimaryKey change) {
            return null;
        }

        @Override
        public String visit(DropPrimaryKey change) {
            return null;
        }

        @Override
        public String visit(AddUniqueKey change) {
            return null;
        }

        @Override
        public String visit(DropUniqueKey change) {
            return null;
        }

        @Override
        public String visit(AddForeignKey change) {
            return null;
        }

        @Override
        public String visit(DropForeignKey change) {
            return null;
        }

        @Override
        public String visit(AddCheck change) {
            return null;
        }

        @Override
        public String visit(DropCheck change) {
            return null;
        }

        @Override
        public String visit(CreateIndex change) {
            return null;
        }

        @Override
        public String visit(DropIndex change) {
            return null;
        }

        @Override
        public String visit(CreateSequence change) {
            return change.sequence().schema();
        }

        @Override
        public String visit(DropSequence change) {
            return null;
        }

        @Override
        public String visit(AlterSequence change) {
            return null;
        }

        @Override
        public String visit(SetTableComment change) {
            return null;
        }

        @Override
        public String visit(CreateEnumType change) {
            return null;
        }

        @Override
        public String visit(DropEnumType change) {
            return null;
        }

        @Override
        public String visit(AddEnumValue change) {
            return null;
        }

        @Override
        public String visit(RebuildEnumType change) {
            return null;
        }

        @Override
        public String visit(CreateSchema change) {
            return null;
        }

        @Override
        public String visit(DropSchema change) {
            return null;
        }
    };
}
