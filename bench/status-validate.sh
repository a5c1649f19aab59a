#!/usr/bin/env bash
# Times migrate:status and migrate:validate next to migrate:current on N applied revisions (default 1,000), the
# goals taking turns within each round; prints the median wall time of each and its ratio to current. The part of
# bench/run.sh that issue 17's target (within 1.1x of current) needs, on its own: a minute instead of half an hour.
#
#   bench/status-validate.sh                  7 rounds, 1,000 revisions, the plugin from ~/.m2
#   REPO=target/local-repo bench/status-validate.sh   the plugin an invoker run installed in this checkout
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
ROUNDS=${ROUNDS:-7}
N=${N:-1000}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
DB=bench_sv_$$
WORK=$ROOT/bench/work-status-validate
REPO=${REPO:+$(cd "$ROOT" && realpath "$REPO")}
MVN=(mvn -o -q -B ${REPO:+-Dmaven.repo.local=$REPO})
PLUGIN=dev.migrate:migrate-maven-plugin:0.1.0-SNAPSHOT
trap 'psql -q -X -d postgres -c "DROP DATABASE IF EXISTS $DB" >/dev/null 2>&1 || true; rm -rf "$WORK"' EXIT

rm -rf "$WORK"
python3 "$ROOT/bench/generate.py" revisions "$WORK" "$N"
psql -q -X -d postgres -c "CREATE DATABASE $DB" >/dev/null
cd "$WORK"
run() { "${MVN[@]}" "$PLUGIN:$1" "-Dmigrate.url=jdbc:postgresql://$PGHOST:$PGPORT/$DB" "-Dmigrate.username=$PGUSER"; }
run upgrade >/dev/null
run current >/dev/null # warm: the parse cache in target/migrate, as at a desk or in a reused CI workspace

declare -A times
goals=(current status validate)
for ((r = 0; r < ROUNDS; r++)); do
  for ((i = 0; i < 3; i++)); do
    goal=${goals[$(((i + r) % 3))]}
    start=$(date +%s%N)
    run "$goal" >/dev/null
    times[$goal]+="$(( ($(date +%s%N) - start) / 1000000 )) "
  done
done
median() { tr ' ' '\n' <<<"$1" | grep . | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
base=$(median "${times[current]}")
read -ra cur <<<"${times[current]}"
for goal in "${goals[@]}"; do
  m=$(median "${times[$goal]}")
  read -ra t <<<"${times[$goal]}"
  ratios=""
  for ((r = 0; r < ROUNDS; r++)); do ratios+="$(bc -l <<<"${t[r]} / ${cur[r]}") "; done
  printf '%-9s median %5d ms (%s), %.2fx current; median of the per-round ratios %.2fx\n' "$goal" "$m" \
    "${times[$goal]% }" "$(bc -l <<<"$m / $base")" "$(median "$ratios")"
done
