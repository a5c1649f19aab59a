import static dev.migrate.testing.ItSupport.*

def versions = ['6.2.49.Final', '6.4.10.Final', '6.6.56.Final', '7.0.10.Final', '7.4.16.Final']
versions.each { version ->
    assertMatches(basedir, "Reading the entities with the project's Hibernate ORM ${java.util.regex.Pattern.quote(version)} \\(9 mapped classes, H2 .*\\)")
    def app = "jdbc:h2:file:${basedir}/target/db/${version}/app"
    def oracle = "jdbc:h2:file:${basedir}/target/db/${version}/oracle"
    def columns = "select table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable from information_schema.columns " +
        "where table_schema = 'PUBLIC' and table_name not like 'MIGRATE%' order by table_name, ordinal_position"
    def keys = "select tc.table_name || ' ' || tc.constraint_type || ' ' || k.column_name from information_schema.table_constraints tc " +
        "join information_schema.key_column_usage k on k.constraint_name = tc.constraint_name and k.table_name = tc.table_name " +
        "where tc.table_schema = 'PUBLIC' and tc.table_name not like 'MIGRATE%' and tc.constraint_type in ('PRIMARY KEY', 'UNIQUE') " +
        "order by tc.table_name, tc.constraint_type, k.ordinal_position"
    assert column(app, '', columns) == column(oracle, '', columns) : "columns on Hibernate ${version}"
    assert column(app, '', keys) == column(oracle, '', keys) : "keys on Hibernate ${version}"
    assert column(oracle, '', keys).contains('VET_SPECIALTIES PRIMARY KEY SPECIALTY_ID')
}
def log = log(basedir)
assert log.count('No changes detected: the database matches the entities.') == 2 * versions.size()
assertNoStackTrace(basedir)
return true
