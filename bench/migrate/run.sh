#!/usr/bin/env bash
# bench/migrate/run.sh — whole-process benchmark of applying migrations: Cairn side by side with
# Flyway, Liquibase and psql (the floor), on one PostgreSQL started by Cairn itself (`cairn local
# start`). Prints a Markdown report on stdout; progress goes to stderr. See bench/README.md.
#
#   RUNS=5 NOOP_RUNS=10 bench/migrate/run.sh > /tmp/report.md
#
# Parameters (environment):
#   N=1000            tiny migrations (CREATE TABLE + CREATE INDEX each) for sections 1 and 2
#   RUNS=5            apply runs per tool at N (each on a fresh database, tool order rotated per round)
#   NOOP_RUNS=10      runs per command in the no-op section (N applied)
#   BIG_N=10000       size for the scaling section (0 = skip the section)
#   BIG_RUNS=2        apply runs at BIG_N (Cairn and psql)
#   BIG_NOOP_RUNS=5   no-op runs at BIG_N (Cairn migrate/status, Flyway migrate)
#   FLYWAY_BIG=1      also apply BIG_N with Flyway once (needed for Flyway's no-op at BIG_N)
#   FLYWAY_BIG_TIMEOUT=300  seconds; beyond it Flyway's BIG_N apply is reported as skipped
#   TOOL_TIMEOUT=1800 seconds; any other tool run taking longer is a failure
#   APPLY_TOOLS="cairn flyway liquibase psql"  tools in section 1 (a subset, e.g. "cairn psql", for a quick
#                     paired comparison; section 2 needs all four, so set NOOP_RUNS=0 with a subset)
#   KEEP=1            keep the work directory (logs, raw samples) instead of deleting it
#   ANCHORS_HOME      where anchors/setup.sh put Flyway and Liquibase (default ~/.cache/cairn-anchors)
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
CAIRN="$ROOT/bin/cairn"
ANCHORS="$ROOT/bench/anchors"
export ANCHORS_HOME=${ANCHORS_HOME:-$HOME/.cache/cairn-anchors}
N=${N:-1000} RUNS=${RUNS:-5} NOOP_RUNS=${NOOP_RUNS:-10}
BIG_N=${BIG_N:-10000} BIG_RUNS=${BIG_RUNS:-2} BIG_NOOP_RUNS=${BIG_NOOP_RUNS:-5}
FLYWAY_BIG=${FLYWAY_BIG:-1} FLYWAY_BIG_TIMEOUT=${FLYWAY_BIG_TIMEOUT:-300} TOOL_TIMEOUT=${TOOL_TIMEOUT:-1800}
KEEP=${KEEP:-0}
[ "${APPLY_TOOLS:-}" = "" ] || [ "$NOOP_RUNS" -eq 0 ] || { echo "APPLY_TOOLS (a subset of the tools) needs NOOP_RUNS=0" >&2; exit 2; }

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
for c in java javac psql mvn /usr/bin/time timeout awk; do
  command -v "$c" >/dev/null || [ -x "$c" ] || die "needs $c on PATH"
done

WORK=$(mktemp -d "${TMPDIR:-/tmp}/cairn-bench.XXXXXX")
RES="$WORK/results"; mkdir -p "$RES" "$WORK/logs"
SERVER="$WORK/server"; PORT=""
cleanup() {
  local rc=$?; set +e
  if [ -n "$PORT" ]; then log "stopping the server"; "$CAIRN" --dir "$SERVER" local stop >"$WORK/logs/local-stop.log" 2>&1 || cat "$WORK/logs/local-stop.log" >&2; fi
  if [ "$KEEP" = 1 ]; then log "work directory kept: $WORK"; else rm -rf "$WORK"; fi
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------- tools
[ -f "$ROOT/cairn-cli/target/cairn.jar" ] || { log "building Cairn (mvn -o install)"; (cd "$ROOT" && { mvn -B -q -o -DskipTests install || mvn -B -q -DskipTests install; }) >&2; }
"$CAIRN" --version >/dev/null   # builds the jar if stale and the class-data-sharing archive, untimed
[ -n "$(ls "$ANCHORS_HOME/flyway/lib" 2>/dev/null)" ] && [ -n "$(ls "$ANCHORS_HOME/liquibase/lib" 2>/dev/null)" ] \
  && [ -f "$ANCHORS_HOME/classes/FlywayMain.class" ] || { log "setting up Flyway and Liquibase"; "$ANCHORS/setup.sh" >&2; }
PGJDBC_VERSION=$(sed -n 's:.*<postgresql.version>\(.*\)</postgresql.version>.*:\1:p' "$ROOT/pom.xml" | head -1)
PGJDBC=${PGJDBC:-$HOME/.m2/repository/org/postgresql/postgresql/$PGJDBC_VERSION/postgresql-$PGJDBC_VERSION.jar}
[ -f "$PGJDBC" ] || PGJDBC=$(ls "$ANCHORS_HOME"/flyway/lib/postgresql-*.jar | head -1)
mkdir -p "$WORK/classes" && javac -d "$WORK/classes" "$HERE/SelectOne.java"   # compiled here: javac is not timed

# ---------------------------------------------------------------- server
"$CAIRN" --dir "$SERVER" init >/dev/null
"$CAIRN" --dir "$SERVER" local start >"$WORK/logs/local-start.log" 2>&1 || { cat "$WORK/logs/local-start.log" >&2; die "cairn local start failed"; }
SERVER_URL=$(grep -o 'jdbc:postgresql://[^ ]*' "$WORK/logs/local-start.log" | head -1)
PORT=$(sed -E 's#jdbc:postgresql://[^:/]+:([0-9]+)/.*#\1#' <<<"$SERVER_URL")
[[ $PORT =~ ^[0-9]+$ ]] || { PORT=""; cat "$WORK/logs/local-start.log" >&2; die "no JDBC URL in the output of cairn local start"; }
log "server: $SERVER_URL"
PSQL=(env PGOPTIONS="-c client_min_messages=warning" psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PORT" -U postgres)
q() { "${PSQL[@]}" -d "$1" -Atc "$2"; }
url() { echo "jdbc:postgresql://127.0.0.1:$PORT/$1?user=postgres"; }
mkdb() { q postgres "CREATE DATABASE $1" >/dev/null; }
rmdb() { q postgres "DROP DATABASE IF EXISTS $1 WITH (FORCE)" >/dev/null; }

# ---------------------------------------------------------------- migration directories
# $WORK/nN/plain: V files (Flyway, psql); nN/cairn: a Cairn project with the same files and cairn.sum;
# nN/lb: the same files as one Liquibase formatted-SQL changelog (built here, not timed).
prepare() {
  local n=$1 d="$WORK/n$1"
  [ -d "$d" ] && return 0
  log "generating $n migrations"
  "$ANCHORS/gen-tiny.sh" "$n" "$d/plain"
  "$CAIRN" --dir "$d/cairn" init >/dev/null
  cp "$d/plain"/V*.sql "$d/cairn/migrations/"
  "$CAIRN" --dir "$d/cairn" sum >"$WORK/logs/sum-$n.log" 2>&1 || { cat "$WORK/logs/sum-$n.log" >&2; die "cairn sum failed"; }
  mkdir -p "$d/lb" && "$ANCHORS/anchor.sh" liquibase changelog - "$d/plain" && mv "$d/plain/changelog.sql" "$d/lb/"
}

# cmd TOOL ACTION N DB — the command line of one tool run
cmd() {
  local tool=$1 action=$2 d="$WORK/n$3" u; u=$(url "$4")
  case "$tool/$action" in
    cairn/apply|cairn/noop) echo "$CAIRN --dir $d/cairn --url $u migrate" ;;
    cairn/status)           echo "$CAIRN --dir $d/cairn --url $u status" ;;
    cairn/validate)         echo "$CAIRN --dir $d/cairn --url $u validate" ;;
    cairn/version)          echo "$CAIRN --version" ;;
    flyway/apply|flyway/noop) echo "$ANCHORS/anchor.sh flyway migrate $u $d/plain" ;;
    flyway/info)            echo "$ANCHORS/anchor.sh flyway info $u $d/plain" ;;
    liquibase/apply|liquibase/noop) echo "$ANCHORS/anchor.sh liquibase update $u $d/lb" ;;
    liquibase/status)       echo "$ANCHORS/anchor.sh liquibase status $u $d/lb" ;;
    psql/apply)             echo "$ANCHORS/anchor.sh psql apply $u $d/plain" ;;
    selectone/plain)        echo "java -cp $WORK/classes:$PGJDBC SelectOne $u" ;;
    selectone/cairnflags)   echo "java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp $WORK/classes:$PGJDBC SelectOne $u" ;;
    *) die "no command for $tool $action" ;;
  esac
}

# timed LABEL LOG TIMEOUT CMD... — run once; append "microseconds maxrss_kb" to $RES/LABEL.
# Returns the exit code (124 on timeout); callers decide whether that is fatal.
timed() {
  local label=$1 logf=$2 limit=$3; shift 3
  local t0 t1 rc=0
  t0=$(date +%s%N)
  /usr/bin/time -f '%M' -o "$logf.rss" timeout "$limit" "$@" >"$logf" 2>&1 || rc=$?
  t1=$(date +%s%N)
  [ $rc -eq 0 ] && echo "$(( (t1 - t0) / 1000 )) $(tail -1 "$logf.rss")" >>"$RES/$label"
  return $rc
}
failed() { # failed WHAT LOG — print the tool's output and stop
  log "FAILED: $1 — last lines of its output ($2):"; tail -n 40 "$2" >&2; exit 1
}

tables() { q "$1" "SELECT count(*) FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace WHERE s.nspname = 'public' AND c.relkind = 'r' AND c.relname ~ '^t_[0-9]+\$'"; }
history() { # rows in the tool's history table (psql has none: its table count stands in)
  case $2 in
    cairn) q "$1" "SELECT count(*) FROM cairn_schema_history WHERE success AND version IS NOT NULL" ;;
    flyway) q "$1" "SELECT count(*) FROM flyway_schema_history WHERE success AND version IS NOT NULL" ;;
    liquibase) q "$1" "SELECT count(*) FROM databasechangelog" ;;
    psql) tables "$1" ;;
  esac
}
history_all() { # every row, to catch a no-op that writes
  case $2 in
    cairn) q "$1" "SELECT count(*) FROM cairn_schema_history" ;;
    flyway) q "$1" "SELECT count(*) FROM flyway_schema_history" ;;
    liquibase) q "$1" "SELECT count(*) FROM databasechangelog" ;;
    psql) tables "$1" ;;
  esac
}
verify_applied() { # DB TOOL N LOG
  local t h; t=$(tables "$1") h=$(history "$1" "$2")
  [ "$t" = "$3" ] && [ "$h" = "$3" ] || failed "$2 on $1: expected $3 tables and history rows, found $t tables and $h rows" "$4"
}

# apply TOOL N DB LABEL — fresh database, timed apply, checked
apply() {
  local tool=$1 n=$2 db=$3 label=$4 logf="$WORK/logs/$4-$3.log" rc=0
  rmdb "$db"; mkdb "$db"
  # shellcheck disable=SC2046
  timed "$label" "$logf" "$TOOL_TIMEOUT" $(cmd "$tool" apply "$n" "$db") || rc=$?
  [ $rc -eq 0 ] || failed "$tool apply of $n migrations (exit $rc)" "$logf"
  verify_applied "$db" "$tool" "$n" "$logf"
}

# check_noop TOOL ACTION N DB LOG — what a successful no-op/report run must show
check_noop() {
  local tool=$1 action=$2 n=$3 db=$4 logf=$5
  case "$tool/$action" in
    cairn/status) grep -q "$n applied, 0 pending, 0 failed" "$logf" || failed "cairn status does not report $n applied" "$logf" ;;
    flyway/noop) grep -q '^executed=0$' "$logf" || failed "flyway no-op migrate executed something" "$logf" ;;
    flyway/info) [ "$(grep -c '| Success$' "$logf")" = "$n" ] || failed "flyway info does not list $n successful migrations" "$logf" ;;
    liquibase/status) grep -q 'is up to date' "$logf" || failed "liquibase status does not say up to date" "$logf" ;;
    liquibase/noop) grep -q 'no changesets to execute' "$logf" || failed "liquibase no-op update ran changesets" "$logf" ;;
    selectone/*) grep -qx ok "$logf" || failed "SelectOne" "$logf" ;;
  esac
  case $action in noop)
    local h; h=$(history_all "$db" "$tool")
    [ "$h" = "$n" ] || failed "$tool no-op changed the history table: $h rows, expected $n" "$logf" ;;
  esac
}

# noop LABEL TOOL ACTION N DB — one timed run of a command that must change nothing
noop() {
  local label=$1 tool=$2 action=$3 n=$4 db=$5 logf="$WORK/logs/$1.log" rc=0
  # shellcheck disable=SC2046
  timed "$label" "$logf" "$TOOL_TIMEOUT" $(cmd "$tool" "$action" "$n" "$db") || rc=$?
  [ $rc -eq 0 ] || failed "$tool $action with $n applied (exit $rc)" "$logf"
  check_noop "$tool" "$action" "$n" "$db" "$logf"
}

rotate() { local k=$1; shift; local a=("$@"); local i; for ((i = 0; i < ${#a[@]}; i++)); do echo "${a[(i + k) % ${#a[@]}]}"; done; }

# ---------------------------------------------------------------- statistics
# stat LABEL FIELD — median | min | max | count over $RES/LABEL (FIELD 1 = µs, 2 = RSS kB)
stat() {
  [ -s "$RES/$1" ] || { echo "- - - 0"; return; }
  awk -v f="$2" '{print $f}' "$RES/$1" | sort -n | awk '{v[NR]=$1} END {m = NR % 2 ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2; print m, v[1], v[NR], NR}'
}
med() { stat "$1" 1 | awk '{print $1}'; }
range() { [ "$1" = "-" ] && echo "–" || echo "$(secs "$1")–$(secs "$2")"; }
secs() { awk -v u="$1" 'BEGIN { if (u == "-") print "–"; else printf "%.2f", u / 1e6 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "-" || b == "-" || b == 0) print "–"; else printf "%.2f×", a / b }'; }
samples() { [ -s "$RES/$1" ] && awk '{printf "%s%.2f", (NR > 1 ? " " : ""), $1 / 1e6}' "$RES/$1" || echo "–"; }
mb() { awk -v k="$1" 'BEGIN { if (k == "-") print "–"; else printf "%.0f", k / 1024 }'; }
permig() { awk -v u="$1" -v n="$2" 'BEGIN { if (u == "-") print "–"; else printf "%.2f", u / 1000 / n }'; }
# paired A B — median over rounds of A's run ÷ B's run in the same round (both files hold one sample per round)
paired() {
  [ -s "$RES/$1" ] && [ -s "$RES/$2" ] || { echo "–"; return; }
  paste -d' ' "$RES/$1" "$RES/$2" | awk '{print $1 / $3}' | sort -n | awk '{v[NR]=$1} END {m = NR % 2 ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2; printf "%.2f×", m}'
}
marginal() { awk -v a="$1" -v b="$2" -v n="$3" 'BEGIN { if (a == "-" || b == "-") print "–"; else printf "%.2f", (b - a) / 1000 / n }'; }

# ---------------------------------------------------------------- warm-up (untimed)
prepare 3
log "warm-up: every tool once on 3 migrations"
for t in cairn flyway liquibase psql; do apply "$t" 3 "warm_$t" "warmup"; rmdb "warm_$t"; done
rm -f "$RES/warmup"
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
COMMIT=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')$(git -C "$ROOT" diff --quiet HEAD -- 2>/dev/null || echo ' (modified)')

# ---------------------------------------------------------------- 1. apply N to an empty database
prepare "$N"
read -r -a TOOLS <<<"${APPLY_TOOLS:-cairn flyway liquibase psql}"; NOOPDB_=()
for ((r = 1; r <= RUNS; r++)); do
  for t in $(rotate $((r - 1)) "${TOOLS[@]}"); do
    log "apply $N: round $r/$RUNS $t"
    apply "$t" "$N" "a_${t}_$r" "apply_$t"
    # the last round's databases stay for the no-op section
    [ $r -eq "$RUNS" ] && NOOPDB_[${#NOOPDB_[@]}]="$t=a_${t}_$r" || rmdb "a_${t}_$r"
  done
done
noopdb() { local e; for e in "${NOOPDB_[@]}"; do [ "${e%%=*}" = "$1" ] && { echo "${e#*=}"; return; }; done; }

# ---------------------------------------------------------------- 2. no-op with N applied
NOOPS=(cairn:noop cairn:status cairn:validate cairn:version flyway:noop flyway:info liquibase:noop liquibase:status
       selectone:plain selectone:cairnflags)
for ((r = 1; r <= NOOP_RUNS; r++)); do
  log "no-op with $N applied: round $r/$NOOP_RUNS"
  for e in $(rotate $((r - 1)) "${NOOPS[@]}"); do
    t=${e%%:*} a=${e#*:}
    case $t in selectone) db=$(noopdb cairn) ;; *) db=$(noopdb "$t") ;; esac
    noop "noop_${t}_$a" "$t" "$a" "$N" "$db"
  done
done
for t in "${TOOLS[@]}"; do rmdb "$(noopdb "$t")"; done

# ---------------------------------------------------------------- 3. scaling to BIG_N
FLYWAY_BIG_NOTE=""
if [ "$BIG_N" -gt 0 ]; then
  prepare "$BIG_N"
  for ((r = 1; r <= BIG_RUNS; r++)); do
    for t in $(rotate $((r - 1)) cairn psql); do
      log "apply $BIG_N: round $r/$BIG_RUNS $t"
      apply "$t" "$BIG_N" "b_${t}_$r" "big_apply_$t"
      [ $r -eq "$BIG_RUNS" ] && [ "$t" = cairn ] || rmdb "b_${t}_$r"
    done
  done
  BIGDB_CAIRN="b_cairn_$BIG_RUNS" BIGDB_FLYWAY=""
  if [ "$FLYWAY_BIG" = 1 ]; then
    log "apply $BIG_N: flyway (once, limit ${FLYWAY_BIG_TIMEOUT}s)"
    rmdb b_flyway; mkdb b_flyway; rc=0
    # shellcheck disable=SC2046
    timed big_apply_flyway "$WORK/logs/big_apply_flyway.log" "$FLYWAY_BIG_TIMEOUT" $(cmd flyway apply "$BIG_N" b_flyway) || rc=$?
    if [ $rc -eq 124 ]; then FLYWAY_BIG_NOTE="Flyway's apply of $BIG_N was stopped after ${FLYWAY_BIG_TIMEOUT} s (FLYWAY_BIG_TIMEOUT), so it has no apply time and no no-op time at $BIG_N."; rmdb b_flyway
    elif [ $rc -ne 0 ]; then failed "flyway apply of $BIG_N (exit $rc)" "$WORK/logs/big_apply_flyway.log"
    else verify_applied b_flyway flyway "$BIG_N" "$WORK/logs/big_apply_flyway.log"; BIGDB_FLYWAY=b_flyway; fi
  else FLYWAY_BIG_NOTE="Flyway at $BIG_N skipped (FLYWAY_BIG=0)."; fi
  for ((r = 1; r <= BIG_NOOP_RUNS; r++)); do
    log "no-op with $BIG_N applied: round $r/$BIG_NOOP_RUNS"
    noop big_noop_cairn_noop cairn noop "$BIG_N" "$BIGDB_CAIRN"
    noop big_noop_cairn_status cairn status "$BIG_N" "$BIGDB_CAIRN"
    [ -z "$BIGDB_FLYWAY" ] || noop big_noop_flyway_noop flyway noop "$BIG_N" "$BIGDB_FLYWAY"
  done
  rmdb "$BIGDB_CAIRN"; [ -z "$BIGDB_FLYWAY" ] || rmdb "$BIGDB_FLYWAY"
fi
LOAD_END=$(cut -d' ' -f1-3 /proc/loadavg)

# ---------------------------------------------------------------- report
PGV=$(q postgres "SHOW server_version") FSYNC=$(q postgres "SHOW fsync") SYNC=$(q postgres "SHOW synchronous_commit")
FPW=$(q postgres "SHOW full_page_writes") SB=$(q postgres "SHOW shared_buffers")
JV=$(java -version 2>&1 | head -2 | tail -1)
cat <<EOF
## Run

- $(date -u +%Y-%m-%dT%H:%MZ), commit $COMMIT, \`N=$N RUNS=$RUNS NOOP_RUNS=$NOOP_RUNS BIG_N=$BIG_N BIG_RUNS=$BIG_RUNS BIG_NOOP_RUNS=$BIG_NOOP_RUNS\`
- $(nproc) CPUs (\`nproc\`), $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo) RAM; load average at start $LOAD_START, at end $LOAD_END
- $JV; Cairn via \`bin/cairn\` (CDS archive, -XX:TieredStopAtLevel=1 -XX:+UseSerialGC)
- PostgreSQL $PGV (Cairn's embedded server, 127.0.0.1): fsync=$FSYNC, synchronous_commit=$SYNC, full_page_writes=$FPW, shared_buffers=$SB
- Flyway 13.12.1 and Liquibase 4.33.0 (Java API / CLI class on the same JDK), psql $(psql --version | awk '{print $3}')

## 1. Apply $N tiny migrations to an empty database

Median wall time of the whole process over $RUNS runs per tool, each on a fresh database, tool order rotated per round.
*× psql* is the ratio of medians; *paired × psql* is the median over rounds of (tool's run ÷ psql's run in the same
round), which cancels load that drifts between rounds. Samples are in round order.

| Tool | Median (s) | × psql | Paired × psql | Min–max (s) | ms / migration | Samples (s) |
|---|---:|---:|---:|---:|---:|---|
EOF
P=$(med apply_psql)
for t in cairn flyway liquibase psql; do
  read -r m lo hi _ < <(stat "apply_$t" 1)
  echo "| $t | $(secs "$m") | $(ratio "$m" "$P") | $(paired "apply_$t" apply_psql) | $(range "$lo" "$hi") | $(permig "$m" "$N") | $(samples "apply_$t") |"
done
cat <<EOF

## 2. No-op with $N applied

Median wall time over $NOOP_RUNS runs each (commands interleaved), and peak resident memory (max RSS, median over runs).

| Command | Median (s) | Min–max (s) | × SelectOne | Max RSS (MB) | Samples (s) |
|---|---:|---:|---:|---:|---|
EOF
S=$(med noop_selectone_plain)
for e in cairn:noop:"cairn migrate (no-op)" cairn:status:"cairn status" cairn:validate:"cairn validate" cairn:version:"cairn --version (start-up only, no database)" \
         flyway:noop:"Flyway migrate (no-op)" flyway:info:"Flyway info" liquibase:noop:"Liquibase update (no-op)" liquibase:status:"Liquibase status --verbose" \
         selectone:plain:"SelectOne: bare JVM, one JDBC connection, SELECT 1" selectone:cairnflags:"SelectOne with Cairn's JVM flags (no CDS)"; do
  IFS=: read -r t a name <<<"$e"; l="noop_${t}_$a"
  read -r m lo hi _ < <(stat "$l" 1); read -r rss _ < <(stat "$l" 2)
  echo "| $name | $(secs "$m") | $(range "$lo" "$hi") | $(ratio "$m" "$S") | $(mb "$rss") | $(samples "$l") |"
done
if [ "$BIG_N" -gt 0 ]; then
  cat <<EOF

## 3. Scaling from $N to $BIG_N migrations

Medians; at $N from sections 1–2 ($RUNS apply / $NOOP_RUNS no-op runs), at $BIG_N from $BIG_RUNS apply and $BIG_NOOP_RUNS no-op runs
(Flyway's apply at $BIG_N: one run). *ms / migration* is wall ÷ N; *marginal* is (wall at $BIG_N − wall at $N) ÷ $((BIG_N - N)),
which removes the fixed start-up cost.

| Command | Wall at $N (s) | Wall at $BIG_N (s) | ms / migration at $N | ms / migration at $BIG_N | Marginal ms / migration | Samples at $BIG_N (s) |
|---|---:|---:|---:|---:|---:|---|
EOF
  for e in apply_cairn:big_apply_cairn:"cairn migrate (apply)" apply_psql:big_apply_psql:"psql apply" apply_flyway:big_apply_flyway:"Flyway migrate (apply)" \
           noop_cairn_noop:big_noop_cairn_noop:"cairn migrate (no-op)" noop_cairn_status:big_noop_cairn_status:"cairn status" noop_flyway_noop:big_noop_flyway_noop:"Flyway migrate (no-op)"; do
    IFS=: read -r a b name <<<"$e"; ma=$(med "$a") mb_=$(med "$b")
    echo "| $name | $(secs "$ma") | $(secs "$mb_") | $(permig "$ma" "$N") | $(permig "$mb_" "$BIG_N") | $(marginal "$ma" "$mb_" $((BIG_N - N))) | $(samples "$b") |"
  done
  echo
  echo "At $BIG_N: Cairn apply ÷ psql apply = $(ratio "$(med big_apply_cairn)" "$(med big_apply_psql)") (ratio of medians), $(paired big_apply_cairn big_apply_psql) (paired by round). $FLYWAY_BIG_NOTE"
fi
