import static dev.migrate.testing.ItSupport.*

// The parent and model are left out, each with one line that says why; app does the work.
assertContains(basedir,
    'migrate:revision skipped in multi-module-h2: a module of packaging pom has no classes; the goal reads the entities in the modules that have them.',
    'migrate:revision skipped in model: it has no revision folder (model/migrations/versions) and does not declare migrate-maven-plugin in its own <build><plugins>. The module that holds the revisions runs the goal; to start revisions in this one, create the folder or declare the plugin here.',
    'migrate:upgrade skipped in multi-module-h2: a module of packaging pom without a revision folder (migrations/versions).',
    'migrate:upgrade skipped in model: it has no revision folder (',
    'migrate:check skipped in model: it has no revision folder (')
assertMatches(basedir,
    /Generating .*app\/migrations\/versions\/\d{8}_\d{6}_4c4c4c4c4c4c_create_customers.sql ... done/,
    /\[1\/1\] Running upgrade <base> -> 4c4c4c4c4c4c, Create customers/)
assertLines(basedir, 'No changes detected: the database matches the entities.')
assertNoStackTrace(basedir)

// The revision was written from model's entities, in app's folder only.
def versions = new File(basedir, 'app/migrations/versions')
def written = versions.listFiles().find { it.name.endsWith('_4c4c4c4c4c4c_create_customers.sql') }
assert written != null
assert written.text.toLowerCase().contains('create table customer (')
assert !new File(basedir, 'migrations').exists()
assert !new File(basedir, 'model/migrations').exists()

// The last check compiled model's changed source and read it from model/target/classes, not from the jar
// 'install' left in the local repository: it found the new column.
assertMatches(basedir, /.*The database and the entities differ \(1 change\):.*/, /.*  - added column CUSTOMER.EMAIL.*/)
def url = "jdbc:h2:file:${basedir}/app/target/db/app"
assert column(url, '', 'select version_num from migrate_version') == ['4c4c4c4c4c4c']
