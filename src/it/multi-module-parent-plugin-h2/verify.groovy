import static dev.migrate.testing.ItSupport.*

assertContains(basedir,
    'migrate:upgrade skipped in multi-module-parent-plugin-h2: a module of packaging pom without a revision folder (migrations/versions).',
    'migrate:check skipped in multi-module-parent-plugin-h2: a module of packaging pom has no classes; the goal reads the entities in the modules that have them.',
    'migrate:upgrade skipped in model: it has no revision folder (model/migrations/versions) and does not declare migrate-maven-plugin in its own <build><plugins>. The module that holds the revisions runs the goal; to start revisions in this one, create the folder or declare the plugin here.',
    'migrate:status skipped in model: it has no revision folder (model/migrations/versions) and does not declare migrate-maven-plugin in its own <build><plugins>. The module that holds the revisions runs the goal; to start revisions in this one, create the folder or declare the plugin here.')
assertMatches(basedir,
    /\[1\/1\] Running upgrade <base> -> 7d7d7d7d7d7d, Create customers/,
    /7d7d7d7d7d7d  applied \(current\)  \d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ  .*Create customers/)
assertLines(basedir, 'No changes detected: the database matches the entities.', '1 revisions: 1 applied, 0 pending.')
assertNoStackTrace(basedir)
def url = "jdbc:h2:file:${basedir}/app/target/db/app"
assert column(url, '', 'select version_num from migrate_version') == ['7d7d7d7d7d7d']
