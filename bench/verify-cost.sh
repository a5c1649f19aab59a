#!/usr/bin/env bash
# The cost of migrate:verify against migrate:upgrade of the same revisions (issue 19: within 4x), inside one JVM on
# PostgreSQL, so that Maven's start-up, the same for both goals, does not hide it. Not a test.
#
#   bench/verify-cost.sh             200 revisions (bench/generate.py's: a table and a row each), 5 rounds
#   N=50 ROUNDS=3 bench/verify-cost.sh
#   ROWS=20000 N=50 bench/verify-cost.sh   revisions that do work: each also fills its table with ROWS rows and
#                                          indexes it (where the time of the statements themselves dominates)
#
# Each round upgrades the revisions on a fresh schema, then verifies them (throwaway databases included); a first
# round warms the JVM up and is not printed. The last lines show where the last verify spent its time.
# Environment: -Dmigrate.test.pgUrl and friends through JAVA_OPTS (default jdbc:postgresql://127.0.0.1:5432/test).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
N=${N:-200}
ROUNDS=${ROUNDS:-5}
WORK=$ROOT/bench/work/verify-cost
rm -rf "$WORK"; mkdir -p "$WORK"
python3 "$ROOT/bench/generate.py" revisions "$WORK/rev-$N" "$N"
if [[ -n ${ROWS:-} ]]; then
  for f in "$WORK/rev-$N"/migrations/versions/*.sql; do
    python3 - "$f" "$ROWS" <<'PY'
import re, sys
path, rows = sys.argv[1], sys.argv[2]
text = open(path, encoding="utf-8").read()
table = re.search(r"CREATE TABLE (t_\d+)", text).group(1)
text = text.replace("\n-- migrate:downgrade", f"INSERT INTO {table} SELECT g, md5(g::text) FROM generate_series(2, {rows}) g;\n"
                    f"CREATE INDEX {table}_name ON {table} (name);\n\n-- migrate:downgrade")
open(path, "w", encoding="utf-8").write(text)
PY
  done
fi
cd "$ROOT"
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile="$WORK/classpath.txt" -Dmdep.includeScope=test \
  >"$WORK/build.log" 2>&1 || { tail -n 30 "$WORK/build.log" >&2; exit 1; }
echo "verify-cost: $N revisions${ROWS:+ of $ROWS rows and an index each}, $ROUNDS rounds, plugin $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src \
  || echo '+changes'), load $(cut -d' ' -f1-3 /proc/loadavg)"
# shellcheck disable=SC2086
java ${JAVA_OPTS:-} -cp "target/classes:target/test-classes:$(cat "$WORK/classpath.txt")" dev.migrate.command.VerifyCost \
  "$WORK/rev-$N/migrations/versions" "$ROUNDS" POSTGRESQL
