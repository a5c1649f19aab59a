package dev.migrate.lint;

/** The rules of one database: checks one parsed statement and reports what it finds to the context. */
interface DatabaseRules {

    void check(Ddl ddl, StatementContext context);

    /** The rules for {@code target}'s database. */
    static DatabaseRules of(LintTarget target) {
        if (target.isPostgres()) {
            return new PostgresRules();
        }
        if (target.isMariaDbOrMySql()) {
            return new MariaDbRules();
        }
        return new H2Rules();
    }
}
