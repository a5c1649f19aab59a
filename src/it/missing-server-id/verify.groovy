import static dev.migrate.testing.ItSupport.*

// The message is the one docs/errors.md shows for this case (basedir is target/it/missing-server-id).
def doc = new File(basedir, '../../../docs/errors.md').getText('UTF-8')
def section = doc.substring(doc.indexOf('<a id="missing-server-id"></a>'))
def message = section.substring(section.indexOf('```text\n') + 8, section.indexOf('\n```', section.indexOf('```text\n')))
assertMatches(basedir, /Failed to execute goal dev\.migrate:migrate-maven-plugin:[^:]+:upgrade \(default-cli\) on project missing-server-id: .*/)
assertContains(basedir, "[ERROR] Failed to execute goal ", "(default-cli) on project missing-server-id: " + message + " -> [Help 1]")
assertNoStackTrace(basedir)
assert !new File(basedir, 'target/db').exists()
return true
