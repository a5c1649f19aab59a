import static dev.migrate.testing.ItSupport.*

assertContains(basedir,
    "No revision matches 'ffff': it is neither a revision id, a unique id prefix nor a branch label. Run 'mvn migrate:history' to list the revisions.",
    "'head~1' is not a valid target. Use head, heads, base, a revision id or unique prefix, +N, -N, <id>+N, <id>-N or <branch label>@head.")
assertAbsent(basedir, 'at dev.migrate')
assertLines(basedir, 'No revision applied: the database is at base.')
return true
