import static dev.migrate.testing.ItSupport.*

def file = 'migrations/versions/20261102_090000_3f2a9c1b7d4e_index_users.sql'
assertLines(basedir,
    "${file}:9: error [index-without-concurrently] CREATE INDEX on `users` (≈200 k rows, 11 MB) takes a SHARE lock: writes to the table wait until the index is built (reads go on).".toString(),
    "    safe form: CREATE INDEX CONCURRENTLY IF NOT EXISTS users_email ON users ... in a section marked '-- migrate:upgrade transaction=false'",
    "${file}:10: error [add-column-rewrite] ADD COLUMN `public_id` with the volatile default gen_random_uuid() evaluates it for every row, which rewrites `users` (≈200 k rows, 11 MB) under an ACCESS EXCLUSIVE lock: reads and writes wait for the whole rewrite.".toString(),
    "    safe form: add `public_id` without the default (or as a plain nullable column), SET DEFAULT for new rows, then fill existing rows in batches",
    "${file}:14: warning [missing-lock-timeout] this statement waits for an ACCESS EXCLUSIVE lock on `users` with no lock_timeout: while it waits behind a long query, every later query on the table queues behind it.".toString(),
    "    safe form: SET LOCAL lock_timeout = '5s'; as the section's first statement",
    "${file}:15: error [drop-index-without-concurrently] DROP INDEX `users_email` takes an ACCESS EXCLUSIVE lock on `users` (≈200 k rows, 11 MB): reads and writes wait until it ends, and behind any query already running on the table.".toString(),
    "    safe form: DROP INDEX CONCURRENTLY IF EXISTS users_email in a section marked '-- migrate:upgrade transaction=false'",
    "Linted 1 revision for PostgreSQL ${column(pgUrl, pgUser, 'show server_version_num')[0].substring(0, 2)} (table sizes from the database): 3 errors, 1 warning, 0 notes.".toString())
assertAbsent(basedir, 'drop-table')
assertContains(basedir,
    'migrate:lint found 3 errors (listed above). Use the safe form each one shows, or, where the statement is safe for a reason the lint cannot see, add \'-- migrate:lint ignore=<rule> -- <reason>\' after it; lintRules sets a rule\'s level.')
assertAbsent(basedir, 'at dev.migrate')
return true
