import static dev.migrate.testing.ItSupport.*

assertLines(basedir, 'Database is at 3f2a9c1b7d4e (head).')
assert !new File(basedir, 'target/migrate').exists() : 'migrate.cache=false must leave nothing in target/migrate'
