import static dev.migrate.testing.ItSupport.*

def lines = lines(basedir)
def compiles = lines.findAll { it ==~ /--- maven-compiler-plugin:[^:]+:compile \(default-compile\) @ migrations-example ---/ }
assert compiles.size() == 2 : 'one compile per invocation, found ' + compiles.size() + '\n' + log(basedir)
assertAbsent(basedir, "Overwriting artifact's file")
assertAbsent(basedir, '>>> migrate-maven-plugin')

// Invocation 1: compile, jar, upgrade, check, in that order, with the one compile before the jar.
def compile1 = lineIndex(basedir, /--- maven-compiler-plugin:.*:compile \(default-compile\) @ migrations-example ---/)
def jar = lineIndex(basedir, /--- maven-jar-plugin:.*:jar \(default-jar\) @ migrations-example ---/)
def check1 = lineIndex(basedir, /--- migrate-maven-plugin:.*:check \(check-drift\) @ migrations-example ---/)
assert compile1 < jar && jar < check1

// Invocation 2: after clean, check (default-cli) runs the compile phase itself, then compares.
def clean = lineIndex(basedir, /--- maven-clean-plugin:.*:clean \(default-clean\) @ migrations-example ---/)
def check2 = lineIndex(basedir, /--- migrate-maven-plugin:.*:check \(default-cli\) @ migrations-example ---/)
def compile2 = lines.findIndexOf(check2) { it ==~ /--- maven-compiler-plugin:.*:compile \(default-compile\) @ migrations-example ---/ }
def compiled = lines.findIndexOf(compile2) { it ==~ /Compiling 3 source files .*/ }
def clean2 = lines.findIndexOf(compiled) { it == 'No changes detected: the database matches the entities.' }
assert clean < check2 && check2 < compile2 && compile2 < compiled && compiled < clean2 : log(basedir)
assert new File(basedir, 'target/classes/com/bettercallbuffet/finance/Account.class').isFile()
return true
