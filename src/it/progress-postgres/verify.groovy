import static dev.migrate.testing.ItSupport.*

// Each line of the log with its time of day in milliseconds (the log is timestamped: invoker.mavenOpts).
def log = new File(basedir, 'build.log').readLines()
def timed = log.collect { it =~ /^(\d\d):(\d\d):(\d\d)\.(\d{3}) \[INFO\] (.*)$/ }.findAll { it.matches() }.collect {
    [ms: (((it.group(1) as int) * 60 + (it.group(2) as int)) * 60 + (it.group(3) as int)) * 1000 + (it.group(4) as int),
     text: it.group(5)]
}
def index = { pattern ->
    def i = timed.findIndexOf { it.text ==~ pattern }
    assert i >= 0 : "no line matches ${pattern}:\n" + log.join('\n')
    i
}
def header = index(/Upgrading schema it_progress from <base> to bbbb00000002: 2 revisions/)
def running = index(/\[1\/2\] Running upgrade <base> -> aaaa00000001, Sleep two seconds/)
def still = timed.findIndexValues { it.text ==~ /\[1\/2\] Still running aaaa00000001 \(statement 2 of 3, line 9\): (\d+ ms|\d\.\d s)/ }
def next = index(/\[2\/2\] Running upgrade aaaa00000001 -> bbbb00000002, Create quick/)
def applied = index(/\[1\/2\] Applied aaaa00000001 in \d\.\d s/)
def total = index(/Upgraded 2 revisions in \d\.\d s\./)
assert still.size() >= 2 : log.join('\n')
assert header < running && running < still[0] && still[-1] < next && next < applied && applied < total
// The still-running lines count up, one interval apart.
assert timed[still[0] as int].text ==~ /.*: 5\d\d ms/
assert still.collect { timed[it as int].ms }.collate(2, 1, false).every { a, b -> b - a >= 400 }

// The revision was announced before its sleep ended (the database recorded when it did), and applied after.
def sleepEnded = column(pgUrl + '?currentSchema=it_progress', pgUser, 'select ended from slept')[0].split('[:.]')
        .collect { it as int }
def ended = ((sleepEnded[0] * 60 + sleepEnded[1]) * 60 + sleepEnded[2]) * 1000 + sleepEnded[3]
assert timed[running].ms <= ended - 1900 : "announced at ${timed[running].ms}, sleep ended at ${ended}"
assert timed[applied].ms >= ended
dropSchema(pgUrl, pgUser, 'it_progress')
return true
