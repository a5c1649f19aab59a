#!/usr/bin/env bash
# Fleet benchmark (issue 21): TENANTS tenant schemas x REVISIONS revisions on PostgreSQL.
#   ours:   one `mvn migrate:upgrade -Dmigrate.schemas=tenant_*` with parallel 1, 2 and 4
#   flyway: the loop users write today, `mvn flyway:migrate -Dflyway.schemas=tenant_i` once per tenant
#           (flyway-maven-plugin FLYWAY_VERSION from Maven Central, bench only), on FLYWAY_TENANTS tenants
#           (default 20) and extrapolated per tenant to TENANTS, as the loop's cost is linear in the tenants
# For each: wall seconds, the peak resident set of the process tree (bench/peak_rss.py) and the peak number of
# connections to the fleet's database (pg_stat_activity, sampled every 20 ms). Results in bench/work/fleet.tsv.
#
#   bench/fleet.sh                       200 tenants x 10 revisions, Flyway on 20 of them
#   TENANTS=50 FLYWAY_TENANTS=5 bench/fleet.sh
#   FLYWAY_TENANTS=0 bench/fleet.sh      ours only (no Flyway, nothing fetched online)
#
# Environment: PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres), FLYWAY_VERSION (13.6.0).
# Uses the worktree's target/local-repo (where `mvn install` / the invoker put the plugin), so the shared ~/.m2 is
# left alone; run `mvn -B -q install -DskipTests -Dinvoker.skip -Dmaven.repo.local=target/local-repo` first.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$ROOT/bench/work/fleet
TENANTS=${TENANTS:-200}
REVISIONS=${REVISIONS:-10}
FLYWAY_TENANTS=${FLYWAY_TENANTS:-20}
PARALLELS=${PARALLELS:-"1 2 4"}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
DB=bench_fleet_$$
JDBC=jdbc:postgresql://$PGHOST:$PGPORT/$DB
REPO=$ROOT/target/local-repo
MVN=(mvn -B -q -o "-Dmaven.repo.local=$REPO")
RESULTS=$ROOT/bench/work/fleet.tsv

log() { echo "fleet bench: $*" >&2; }
cleanup() { psql -q -X -d postgres -c "DROP DATABASE IF EXISTS $DB" >/dev/null 2>&1 || true; }
trap cleanup EXIT

rm -rf "$WORK"; mkdir -p "$WORK"
python3 "$ROOT/bench/generate.py" revisions "$WORK" "$REVISIONS"
cd "$WORK"
psql -q -X -d postgres -c "CREATE DATABASE $DB" >/dev/null
if ((FLYWAY_TENANTS > 0)); then
  log "resolving flyway-maven-plugin (untimed, online once)"
  mvn -B -q "-Dmaven.repo.local=$REPO" flyway:info "-Dflyway.url=$JDBC" "-Dflyway.user=$PGUSER" >"$WORK/warm.log"
fi
mvn -B -q "-Dmaven.repo.local=$REPO" migrate:heads >>"$WORK/warm.log"

reset_tenants() { # n: drops every tenant schema, creates tenant_001..n
  local sql="" i
  for i in $(psql -At -X -d "$DB" -c "select schema_name from information_schema.schemata where schema_name like 'tenant\_%'"); do
    sql+="DROP SCHEMA $i CASCADE;"
  done
  for ((i = 1; i <= $1; i++)); do sql+=$(printf 'CREATE SCHEMA tenant_%03d;' "$i"); done
  # from standard input, each statement commits on its own: one transaction dropping 200 schemas of 10 tables runs out
  # of lock slots (max_locks_per_transaction)
  PGOPTIONS='-c client_min_messages=warning' psql -q -X -v ON_ERROR_STOP=1 -d "$DB" <<<"$sql" >/dev/null
}

# measure TOOL TENANTS command...: runs the command (or the loop) with the samplers beside it
measure() {
  local tool=$1 tenants=$2; shift 2
  local conns=$WORK/conns.tmp rss=$WORK/rss.tmp start end pid sampler watcher
  start=$(date +%s%N)
  "$@" >"$WORK/$tool.log" 2>&1 &
  pid=$!
  python3 "$ROOT/bench/peak_rss.py" "$pid" >"$rss" &
  sampler=$!
  ( peak=0
    while kill -0 "$pid" 2>/dev/null; do
      n=$(psql -At -X -d postgres -c "select count(*) from pg_stat_activity where datname = '$DB' and pid <> pg_backend_pid()" 2>/dev/null || echo 0)
      ((n > peak)) && peak=$n
      echo "$peak" >"$conns"
      sleep 0.02
    done ) &
  watcher=$!
  if ! wait "$pid"; then log "FAILED: $tool"; tail -n 30 "$WORK/$tool.log" >&2; exit 1; fi
  end=$(date +%s%N)
  wait "$sampler" "$watcher"
  printf '%s\t%s\t%s\t%.2f\t%s\t%s\n' "$tool" "$tenants" "$REVISIONS" "$(echo "($end - $start) / 1000000000" | bc -l)" \
    "$(cat "$rss")" "$(cat "$conns")" | tee -a "$RESULTS"
}

flyway_loop() {
  local i
  for ((i = 1; i <= FLYWAY_TENANTS; i++)); do
    "${MVN[@]}" flyway:migrate "-Dflyway.url=$JDBC" "-Dflyway.user=$PGUSER" \
      "-Dflyway.schemas=$(printf 'tenant_%03d' "$i")" || return 1
  done
}

printf 'tool\ttenants\trevisions\twall_s\tpeak_tree_rss_kb\tpeak_connections\n' >"$RESULTS"
for p in $PARALLELS; do
  reset_tenants "$TENANTS"
  measure "ours-parallel-$p" "$TENANTS" "${MVN[@]}" migrate:upgrade "-Dmigrate.url=$JDBC" \
    "-Dmigrate.username=$PGUSER" "-Dmigrate.schemas=tenant_*" "-Dmigrate.parallel=$p"
  done_count=$(psql -At -X -d "$DB" -c "select count(*) from information_schema.tables where table_name = 't_$REVISIONS'")
  [[ $done_count == "$TENANTS" ]] || { log "ours-parallel-$p left $done_count of $TENANTS tenants at head"; exit 1; }
done
if ((FLYWAY_TENANTS > 0)); then
  reset_tenants "$FLYWAY_TENANTS"
  measure "flyway-loop" "$FLYWAY_TENANTS" flyway_loop
fi
log "results in $RESULTS"
