import static dev.migrate.testing.ItSupport.*

def url = "jdbc:h2:file:${basedir}/target/db/app"
assert column(url, '', "select table_name from information_schema.tables where table_schema = 'PUBLIC' and table_name not like 'MIGRATE%' order by 1") ==
    ['PORTFOLIO_OWNER', 'PORTFOLIO_OWNER_TRADING_ACCOUNTS', 'TRADING_ACCOUNT']
assert column(url, '', "select column_name from information_schema.columns where table_name = 'PORTFOLIO_OWNER' order by 1") ==
    ['DISPLAY_NAME', 'ID']
assert column(url, '', "select column_name from information_schema.columns where table_name = 'PORTFOLIO_OWNER_TRADING_ACCOUNTS' order by 1") ==
    ['PORTFOLIO_OWNER_ID', 'TRADING_ACCOUNTS_ID']
assertLines(basedir, 'No changes detected: the database matches the entities.')
return true
