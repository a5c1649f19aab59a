import static dev.migrate.testing.ItSupport.*

assertMatches(basedir, /Reading the entities with the project's Hibernate ORM 6\.6\.4\.Final \(1 mapped classes, H2 .*\)/)
assertLines(basedir, 'No changes detected: the database matches the entities.')
def url = "jdbc:h2:file:${basedir}/target/db/app"
assert column(url, '', "select column_name from information_schema.columns where table_name = 'CUSTOMER' order by 1") == ['ID', 'NAME']
return true
