package dev.migrate.lint;

/** H2: only the destructive drops; H2 serves tests and embedded use, where locks and rewrites rarely matter. */
final class H2Rules implements DatabaseRules {

    @Override
    public void check(Ddl ddl, StatementContext c) {
        if (ddl instanceof Ddl.CreateTable create) {
            c.range.createdTable(create.table());
        } else if (ddl instanceof Ddl.DropTable drop) {
            drop.tables().forEach(t -> CompatibilityRules.dropTable(t, c));
        } else if (ddl instanceof Ddl.AlterTable alter) {
            for (Ddl.Action action : alter.actions()) {
                if (action instanceof Ddl.AddColumn add) {
                    c.range.addedColumn(alter.table(), add.column());
                } else if (action instanceof Ddl.DropColumn drop) {
                    CompatibilityRules.dropColumn(alter.table(), drop.column(), c);
                }
            }
        }
    }
}
