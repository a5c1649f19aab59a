#!/usr/bin/env bash
# Measures migrate-maven-plugin next to Flyway, Liquibase, psql and the bare Maven floor, round by round, and
# writes docs/performance.md. Not a test: it exits 0 when every measured command ran.
#
#   bench/run.sh                 5 rounds, 200/1000 revisions, 50/300/1000 entities
#   ROUNDS=3 bench/run.sh        fewer rounds
#   QUICK=1 bench/run.sh         1 round, 50/200 revisions, 20/50/100 entities (for development)
#
# Environment: PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres); FLYWAY_VERSION, LIQUIBASE_VERSION.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BENCH=$ROOT/bench
WORK=$BENCH/work
QUICK=${QUICK:-0}
if [[ $QUICK == 1 ]]; then
  ROUNDS=${ROUNDS:-1}; REV_SIZES=${REV_SIZES:-"50 200"}; ENT_SIZES=${ENT_SIZES:-"20 50 100"}
else
  ROUNDS=${ROUNDS:-5}; REV_SIZES=${REV_SIZES:-"200 1000"}; ENT_SIZES=${ENT_SIZES:-"50 300 1000"}
fi
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
JDBC=jdbc:postgresql://$PGHOST:$PGPORT
PREFIX=bench_$$_
MVN=(mvn -o -q -B)
RESULTS=$WORK/results.tsv
LOGS=$WORK/logs
DATABASES=()
STARTED=$(date +%s)

log() { echo "bench: $*" >&2; }

# On an ext4 file system without a journal (this machine's), allocating an inode skips every inode freed in the last
# 30 s, so creating files soon after deleting many is slow for whichever tool runs next. Databases are therefore kept
# until the end, and a measured run that creates files waits until SETTLE seconds have passed since the last step
# that deleted many (our scratch schema's rollback deletes a file per table and index).
SETTLE=${SETTLE:-35}
LAST_DELETE=0
deleted() { LAST_DELETE=$(date +%s); }
settle() {
  local wait=$((LAST_DELETE + SETTLE - $(date +%s)))
  if ((wait > 0)); then sleep "$wait"; fi
}

cleanup() {
  local db
  for db in "${DATABASES[@]}"; do
    psql -q -X -d postgres -c "DROP DATABASE IF EXISTS \"$db\"" >/dev/null 2>&1 || true
  done
}
trap cleanup EXIT

create_db() { # name -> creates ${PREFIX}name, fresh
  local db=$PREFIX$1
  PGOPTIONS='-c client_min_messages=warning' psql -q -X -d postgres -c "DROP DATABASE IF EXISTS \"$db\"" \
    -c "CREATE DATABASE \"$db\"" >/dev/null
  DATABASES+=("$db")
}

drop_db() {
  psql -q -X -d postgres -c "DROP DATABASE IF EXISTS \"$PREFIX$1\"" >/dev/null
}

# Each sets CMD to the command line of one tool against database ${PREFIX}$db (so /usr/bin/time can run it).
ours()      { CMD=("${MVN[@]}" "migrate:$1" "-Dmigrate.url=$JDBC/$PREFIX$2" "-Dmigrate.username=$PGUSER" "${@:3}"); }
flyway()    { CMD=("${MVN[@]}" flyway:migrate "-Dflyway.url=$JDBC/$PREFIX$1" "-Dflyway.user=$PGUSER"); }
liquibase() { CMD=("${MVN[@]}" liquibase:update "-Dliquibase.url=$JDBC/$PREFIX$1" "-Dliquibase.username=$PGUSER"); }
plain_sql() { CMD=(psql -q -X -v ON_ERROR_STOP=1 -d "$PREFIX$1" -f all.sql); }
run_quietly() { # log file: runs CMD untimed
  if ! "${CMD[@]}" >"$1" 2>&1; then log "FAILED: ${CMD[*]}"; tail -n 30 "$1" >&2; exit 1; fi
}

# measure SCENARIO TOOL SIZE ROUND command...: wall seconds, CPU seconds (user+sys), the peak RSS of the largest
# process and the peak of the whole process tree's RSS (sampled beside it, bench/peak_rss.py) into results.tsv.
measure() {
  local scenario=$1 tool=$2 size=$3 round=$4; shift 4
  local out=$LOGS/$scenario-$tool-$size-$round.log stats=$LOGS/time.tmp sampled=$LOGS/rss.tmp start end pid sampler
  start=$(date +%s%N)
  /usr/bin/time -f '%U %S %M' -o "$stats" "$@" >"$out" 2>&1 &
  pid=$!
  python3 "$BENCH/peak_rss.py" "$pid" >"$sampled" &
  sampler=$!
  if ! wait "$pid"; then
    log "FAILED: $scenario $tool $size (round $round): $*"; tail -n 30 "$out" >&2; exit 1
  fi
  end=$(date +%s%N)
  wait "$sampler"
  read -r user sys rss < <(tail -n 1 "$stats")
  printf '%s\t%s\t%s\t%s\t%.3f\t%.2f\t%s\t%s\n' "$scenario" "$tool" "$size" "$round" \
    "$(echo "($end - $start) / 1000000000" | bc -l)" "$(echo "$user + $sys" | bc -l)" "$rss" "$(cat "$sampled")" \
    >>"$RESULTS"
}

rotate() { # round, items...: the items rotated by the round number, so no tool always goes first
  local r=$1; shift; local items=("$@") n=$#; local i
  for ((i = 0; i < n; i++)); do echo "${items[$(((i + r) % n))]}"; done
}

# ---------------------------------------------------------------------------------------------------------------
log "building and installing the plugin"
(cd "$ROOT" && mvn -B -q install -DskipTests -Dinvoker.skip >/dev/null)
PLUGIN_JAR=$ROOT/target/migrate-maven-plugin-0.1.0-SNAPSHOT.jar
PLUGIN_SHA=$(sha256sum "$PLUGIN_JAR" | cut -c1-64)
INSTALLED_JAR=$HOME/.m2/repository/dev/migrate/migrate-maven-plugin/0.1.0-SNAPSHOT/migrate-maven-plugin-0.1.0-SNAPSHOT.jar

rm -rf "$WORK"; mkdir -p "$LOGS"
printf 'scenario\ttool\tsize\tround\twall_s\tcpu_s\trss_kb\ttree_rss_kb\n' >"$RESULTS"
MAX_REV=${REV_SIZES##* }

log "generating workloads: revisions $REV_SIZES, entities $ENT_SIZES"
for n in $REV_SIZES; do python3 "$BENCH/generate.py" revisions "$WORK/rev-$n" "$n"; done
for n in $ENT_SIZES; do python3 "$BENCH/generate.py" entities "$WORK/ent-$n" "$n"; done

# Resolve every plugin and dependency once, online, untimed; later runs are offline (-o).
log "resolving the peers' plugins and compiling the entity models (untimed)"
cd "$WORK/rev-$MAX_REV"
create_db warm
mvn -q -B validate >"$LOGS/warm-validate.log"
mvn -q -B flyway:info "-Dflyway.url=$JDBC/${PREFIX}warm" "-Dflyway.user=$PGUSER" >"$LOGS/warm-flyway.log"
mvn -q -B liquibase:status "-Dliquibase.url=$JDBC/${PREFIX}warm" "-Dliquibase.username=$PGUSER" >"$LOGS/warm-liquibase.log"
mvn -q -B migrate:heads >"$LOGS/warm-ours.log"
drop_db warm
for n in $ENT_SIZES; do (cd "$WORK/ent-$n" && mvn -q -B compile >"$LOGS/compile-$n.log"); done
deleted # the warm-up database, and the previous run's work folder

# The nothing-pending databases: every tool applies the largest set once, untimed.
log "preparing the up-to-date databases ($MAX_REV revisions each, untimed)"
cd "$WORK/rev-$MAX_REV"
for t in ours flyway liquibase; do create_db "idle_$t"; done
ours upgrade idle_ours; run_quietly "$LOGS/idle-ours.log"
flyway idle_flyway; run_quietly "$LOGS/idle-flyway.log"
liquibase idle_liquibase; run_quietly "$LOGS/idle-liquibase.log"

for ((r = 1; r <= ROUNDS; r++)); do
  log "round $r of $ROUNDS"
  for n in $REV_SIZES; do
    cd "$WORK/rev-$n"
    measure validate maven "$n" "$r" "${MVN[@]}" validate
    for t in $(rotate "$r" ours flyway liquibase psql); do
      rm -rf target/migrate # as on a fresh clone: no parsed revision files kept by an earlier run
      db="apply_${t}_${n}_$r" # kept until the end (see settle)
      create_db "$db"
      case $t in
        ours) ours upgrade "$db" ;;
        flyway) flyway "$db" ;;
        liquibase) liquibase "$db" ;;
        psql) plain_sql "$db" ;;
      esac
      settle
      measure apply "$t" "$n" "$r" "${CMD[@]}"
    done
  done

  cd "$WORK/rev-$MAX_REV"
  # idle: with target/migrate kept by the previous run (a developer's desk, a reused CI workspace);
  # idle_cold: without it (a fresh clone).
  for t in $(rotate "$r" ours ours_cold flyway liquibase current history status validate); do
    case $t in
      ours) ours upgrade idle_ours; measure idle ours "$MAX_REV" "$r" "${CMD[@]}" ;;
      ours_cold) rm -rf target/migrate; ours upgrade idle_ours; measure idle_cold ours "$MAX_REV" "$r" "${CMD[@]}" ;;
      flyway) flyway idle_flyway; measure idle flyway "$MAX_REV" "$r" "${CMD[@]}" ;;
      liquibase) liquibase idle_liquibase; measure idle liquibase "$MAX_REV" "$r" "${CMD[@]}" ;;
      current|history|status|validate) ours "$t" idle_ours; measure "$t" ours "$MAX_REV" "$r" "${CMD[@]}" ;;
    esac
  done

  for n in $ENT_SIZES; do
    cd "$WORK/ent-$n"
    measure validate_ent maven "$n" "$r" "${MVN[@]}" validate
    db="ent_${n}_$r"
    create_db "$db"
    # revision and check_cold start without the desired-schema cache (target/migrate), as on a fresh clone;
    # check runs after revision kept it, as at a developer's desk.
    rm -rf migrations target/migrate
    settle
    ours revision "$db" -Dmigrate.message=init; measure revision ours "$n" "$r" "${CMD[@]}"
    deleted
    ours upgrade "$db"; run_quietly "$LOGS/ent-upgrade-$n-$r.log"
    ours check "$db"; measure check ours "$n" "$r" "${CMD[@]}"
    rm -rf target/migrate
    settle
    ours check "$db"; measure check_cold ours "$n" "$r" "${CMD[@]}"
    deleted
  done
done

cd "$ROOT"
if [[ -f $INSTALLED_JAR && $(sha256sum "$INSTALLED_JAR" | cut -c1-64) != "$PLUGIN_SHA" ]]; then
  log "WARNING: the installed plugin jar changed during the run (another build installed it); figures are suspect"
fi
ELAPSED=$(($(date +%s) - STARTED))
{
  echo "nproc=$(nproc)"
  echo "ram=$(free -g | awk '/^Mem:/ {print $2}') GiB"
  echo "cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
  echo "java=$(java -version 2>&1 | head -n 1)"
  echo "maven=$(mvn -v 2>/dev/null | head -n 1 | sed 's/\x1b\[[0-9;]*m//g')"
  echo "postgresql=$(psql -X -At -d postgres -c 'show server_version')"
  echo "psql=$(psql --version)"
  pgdata=$(psql -X -At -d postgres -c 'show data_directory')
  echo "fs=$(findmnt -no FSTYPE -T "$pgdata" 2>/dev/null)$(dmesg 2>/dev/null | grep -q 'without journal' && echo ' without a journal')"
  echo "settle=$SETTLE"
  echo "flyway=${FLYWAY_VERSION:-13.6.0}"
  echo "liquibase=${LIQUIBASE_VERSION:-4.33.0}"
  echo "plugin=$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src pom.xml || echo '+changes')"
  echo "rounds=$ROUNDS"
  echo "quick=$QUICK"
  echo "rev_sizes=$REV_SIZES"
  echo "ent_sizes=$ENT_SIZES"
  echo "elapsed=$ELAPSED"
  echo "load=$(cut -d' ' -f1-3 /proc/loadavg)"
  echo "command=$( [[ $QUICK == 1 ]] && echo 'QUICK=1 ')ROUNDS=$ROUNDS bench/run.sh"
} >"$WORK/machine.env"
python3 "$BENCH/report.py" "$RESULTS" "$WORK/machine.env" "$BENCH/what-we-changed.md" >"$ROOT/docs/performance.md"
log "wrote docs/performance.md in ${ELAPSED}s"
