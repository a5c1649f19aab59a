package dev.migrate.lint;

/**
 * MariaDB and MySQL: which {@code ALTER TABLE} operations cannot run {@code ALGORITHM=INSTANT} or {@code INPLACE}
 * with {@code LOCK=NONE} on the server version, and so copy or rebuild the table, plus drops and renames.
 */
final class MariaDbRules implements DatabaseRules {

    @Override
    public void check(Ddl ddl, StatementContext c) {
        if (ddl instanceof Ddl.SetVariable set) {
            if (set.name().equals("foreign_key_checks")) {
                c.section.foreignKeyChecksOff = set.value().equals("0") || set.value().equalsIgnoreCase("OFF");
            }
        } else if (ddl instanceof Ddl.CreateTable create) {
            c.range.createdTable(create.table());
        } else if (ddl instanceof Ddl.CreateIndex index) {
            c.range.createdIndex(index.index(), index.table());
            if (!index.method().isEmpty() && c.existing(index.table())) {
                specialIndex(index.table(), index.method(), c);
            }
        } else if (ddl instanceof Ddl.DropTable drop) {
            drop.tables().forEach(t -> CompatibilityRules.dropTable(t, c));
        } else if (ddl instanceof Ddl.RenameTable rename) {
            CompatibilityRules.renameTable(rename.from(), rename.to(), c);
        } else if (ddl instanceof Ddl.AlterTable alter) {
            alterTable(alter, c);
        }
    }

    private void alterTable(Ddl.AlterTable alter, StatementContext c) {
        String table = alter.table();
        boolean existing = c.existing(table);
        String algorithm = "";
        for (Ddl.Action action : alter.actions()) {
            if (action instanceof Ddl.TableOption option && option.name().equals("ALGORITHM")) {
                algorithm = option.value();
            }
        }
        // An explicit ALGORITHM makes the server refuse what it cannot do that way, instead of copying.
        boolean noCopy = !algorithm.isEmpty() && !algorithm.equals("COPY") && !algorithm.equals("DEFAULT");
        boolean instant = algorithm.equals("INSTANT") || algorithm.equals("NOCOPY");
        boolean addsPrimaryKey = alter.actions().stream().anyMatch(a -> a instanceof Ddl.AddConstraint k
                && k.kind().equals("PRIMARY KEY"));
        for (Ddl.Action action : alter.actions()) {
            if (action instanceof Ddl.AddColumn add) {
                if (existing) {
                    addColumn(table, add, noCopy, instant, c);
                }
                c.range.addedColumn(table, add.column());
            } else if (!existing) {
                continue;
            } else if (action instanceof Ddl.DropColumn drop) {
                if (!instantDropColumn(c.target) && !instant) {
                    rebuild(table, "DROP COLUMN `" + drop.column() + "`", c);
                }
                CompatibilityRules.dropColumn(table, drop.column(), c);
            } else if (action instanceof Ddl.ModifyColumn modify) {
                if (!noCopy) {
                    copy(table, (modify.newName().equals(modify.column()) ? "MODIFY" : "CHANGE") + " COLUMN `"
                            + modify.column() + "` (unless it only renames it, changes its default or widens a "
                            + "VARCHAR within the same length byte)", c);
                }
                if (!modify.newName().equalsIgnoreCase(modify.column())) {
                    CompatibilityRules.renameColumn(table, modify.column(), modify.newName(), c);
                }
            } else if (action instanceof Ddl.RenameColumn rename) {
                CompatibilityRules.renameColumn(table, rename.from(), rename.to(), c);
            } else if (action instanceof Ddl.RenameTo rename) {
                CompatibilityRules.renameTable(table, rename.to(), c);
            } else if (action instanceof Ddl.ConvertCharset) {
                if (!noCopy) {
                    copy(table, "CONVERT TO CHARACTER SET", c);
                }
            } else if (action instanceof Ddl.DropConstraint drop && drop.kind().equals("PRIMARY KEY")) {
                if (!addsPrimaryKey && !noCopy) {
                    copy(table, "DROP PRIMARY KEY", c);
                }
            } else if (action instanceof Ddl.AddConstraint constraint) {
                switch (constraint.kind()) {
                    case "FOREIGN KEY" -> {
                        if (!c.section.foreignKeyChecksOff && !noCopy) {
                            copy(table, "ADD FOREIGN KEY (with foreign_key_checks on)", c);
                        }
                    }
                    case "PRIMARY KEY" -> rebuild(table, "ADD PRIMARY KEY", c);
                    case "FULLTEXT", "SPATIAL" -> specialIndex(table, constraint.kind(), c);
                    default -> { }
                }
            }
        }
    }

    private void addColumn(String table, Ddl.AddColumn add, boolean noCopy, boolean instant, StatementContext c) {
        boolean autoIncrement = add.definition().stream().anyMatch(t -> t.is("AUTO_INCREMENT"));
        boolean positioned = add.definition().stream().anyMatch(t -> t.is("FIRST") || t.is("AFTER"));
        if (autoIncrement) {
            if (!noCopy) {
                copy(table, "ADD COLUMN `" + add.column() + "` AUTO_INCREMENT", c);
            }
        } else if (!instant && !instantAddColumn(c.target, positioned)) {
            rebuild(table, "ADD COLUMN `" + add.column() + "`" + (positioned ? " (not as the last column)" : ""), c);
        }
    }

    /** MariaDB 10.4 (10.3.2 for the last position) and MySQL 8.0.29 (8.0.12 for the last position). */
    private static boolean instantAddColumn(LintTarget target, boolean positioned) {
        if (target.isMySql()) {
            return target.atLeast(8, 0, positioned ? 29 : 12);
        }
        return positioned ? target.atLeast(10, 4, 0) : target.atLeast(10, 3, 2);
    }

    private static boolean instantDropColumn(LintTarget target) {
        return target.isMySql() ? target.atLeast(8, 0, 29) : target.atLeast(10, 4, 0);
    }

    private void copy(String table, String what, StatementContext c) {
        boolean online = !c.target.isMySql() && c.target.atLeast(11, 2, 0);
        c.report(Rule.TABLE_COPY, table, what + " runs ALGORITHM=COPY on " + c.target.display() + ": it copies "
                + c.table(table) + " row by row" + (online
                ? " (online: writes go on, but the copy costs time, disk and replication lag)."
                : " while writes wait (LOCK=SHARED) for the whole copy."),
                "add a new column (or table) and fill it in batches, or run the change with an online schema "
                        + "change tool (pt-online-schema-change, gh-ost); state ALGORITHM=INPLACE, LOCK=NONE to "
                        + "make the server refuse rather than copy");
    }

    private void rebuild(String table, String what, StatementContext c) {
        c.report(Rule.TABLE_REBUILD, table, what + " rebuilds " + c.table(table) + " in place on "
                + c.target.display() + ": reads and writes go on (LOCK=NONE), but the rebuild costs time, disk and "
                + "replication lag, and writes wait briefly at its end.",
                "run it in a quiet hour, or upgrade to a server version that does it instantly (MariaDB 10.4, "
                        + "MySQL 8.0.29); state ALGORITHM=INSTANT to make the server refuse rather than rebuild");
    }

    private void specialIndex(String table, String method, StatementContext c) {
        c.report(Rule.TABLE_REBUILD, table, "a " + method + " index on " + c.table(table) + " is built with "
                + "LOCK=SHARED: writes wait until it is built (and the first one rebuilds the table).",
                "build it in a quiet hour, or with an online schema change tool (pt-online-schema-change, gh-ost)");
    }
}
