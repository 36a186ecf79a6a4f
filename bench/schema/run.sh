#!/usr/bin/env bash
# bench/schema/run.sh — benchmarks of Cairn's declarative-schema path on a large schema (N tables plus 20
# views and 20 functions, see gen-schema.sh), side by side with pg_dump and Liquibase. Prints a Markdown
# report on stdout; progress goes to stderr. See bench/README.md.
#
#   bench/schema/run.sh > /tmp/schema-report.md
#
# Sections:
#   1. Introspection, whole process: Cairn (bench/schema/Introspect.java: one introspection, bin/cairn's JVM
#      flags and CDS archive), `cairn diff url:U url:U` (the CLI, two introspections), pg_dump --schema-only
#      (the floor), Liquibase snapshot and generate-changelog (anchors, LB_RUNS runs: they are slow).
#   2. Differ.diff / PostgresRenderer.render of the N-table catalog against its mutated variant, with JMH
#      (bench/jmh): steady state, plus a single-shot cold call with the CLI's JIT flags; optionally the
#      same at SCALE_N tables to show how it grows.
#   3. `cairn generate` end to end on a project whose V1 builds the schema and whose schema/ holds the
#      mutated variant, with `cairn diff migrations schema`, `cairn diff snapshot:A snapshot:B` and a psql
#      load of the schema as the parts that explain it.
#   4. `cairn drift` on a database that `cairn migrate` built from a V1 of the N tables, against two
#      `pg_dump --schema-only` runs of it (the target: drift faster than two pg_dumps).
#
# Parameters (environment):
#   N=2000          tables (>= 1240)
#   RUNS=5          runs per command in sections 1 and 3 (interleaved, order rotated per round)
#   LB_RUNS=2       runs of each Liquibase command (in the first LB_RUNS rounds of section 1; 0 = skip)
#   GEN_RUNS=$RUNS  runs of section 3
#   JMH_FORKS=2 JMH_WI=5 JMH_I=5 JMH_TIME=2   JMH steady state: forks, warm-up / measured iterations, seconds each
#   SS_FORKS=8      JMH single-shot (cold) forks; 0 = skip
#   SCALE_N=4000    also run the JMH diff at this many tables (0 = skip)
#   SECTIONS="1 2 3 4"  which sections to run
#   SERVER=pg15     pg15: a temporary PostgreSQL 15 cluster from PG15_BIN (initdb'd under the work directory,
#                   through `unshare --user` when run as root), because the pg_dump on this machine (15)
#                   refuses newer servers; cairn: Cairn's embedded server (`cairn local start`, PostgreSQL 18),
#                   where pg_dump is skipped when it is older than the server.
#   PG15_BIN=/usr/lib/postgresql/15/bin
#   TOOL_TIMEOUT=900  seconds; a run taking longer is a failure
#   KEEP=1          keep the work directory (logs, raw samples, snapshots, JMH output)
#   ANCHORS_HOME    where anchors/setup.sh put Liquibase (default ~/.cache/cairn-anchors)
# `cairn generate` uses Cairn's own scratch server of the project's postgres.version (18 when unset).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
CAIRN="$ROOT/bin/cairn"
ANCHORS="$ROOT/bench/anchors"
export ANCHORS_HOME=${ANCHORS_HOME:-$HOME/.cache/cairn-anchors}
N=${N:-2000} RUNS=${RUNS:-5} LB_RUNS=${LB_RUNS:-2} GEN_RUNS=${GEN_RUNS:-${RUNS:-5}}
JMH_FORKS=${JMH_FORKS:-2} JMH_WI=${JMH_WI:-5} JMH_I=${JMH_I:-5} JMH_TIME=${JMH_TIME:-2} SS_FORKS=${SS_FORKS:-8}
SCALE_N=${SCALE_N:-4000} SECTIONS=${SECTIONS:-"1 2 3 4"} SERVER=${SERVER:-pg15}
PG15_BIN=${PG15_BIN:-/usr/lib/postgresql/15/bin} TOOL_TIMEOUT=${TOOL_TIMEOUT:-900} KEEP=${KEEP:-0}
[ "$N" -ge 1240 ] || { echo "N must be at least 1240" >&2; exit 2; }
on() { [[ " $SECTIONS " == *" $1 "* ]]; }

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
for c in java javac psql pg_dump mvn jq /usr/bin/time timeout awk; do
  command -v "$c" >/dev/null || [ -x "$c" ] || die "needs $c on PATH"
done

WORK=$(mktemp -d "${TMPDIR:-/tmp}/cairn-schema-bench.XXXXXX")
RES="$WORK/results"; mkdir -p "$RES" "$WORK/logs" "$WORK/out"
CAIRN_SERVER="" PG15_DATA=""
cleanup() {
  local rc=$?; set +e
  if [ -n "$CAIRN_SERVER" ]; then log "stopping the server"; "$CAIRN" --dir "$CAIRN_SERVER" local stop >"$WORK/logs/local-stop.log" 2>&1 || cat "$WORK/logs/local-stop.log" >&2; fi
  if [ -n "$PG15_DATA" ]; then log "stopping the PostgreSQL 15 server"; asserver "$PG15_BIN/pg_ctl" -D "$PG15_DATA" -m fast -w stop >"$WORK/logs/pg15-stop.log" 2>&1 || cat "$WORK/logs/pg15-stop.log" >&2; fi
  if [ "$KEEP" = 1 ]; then log "work directory kept: $WORK"; else rm -rf "$WORK"; fi
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM
# PostgreSQL refuses to run as root: as root, run it in a user namespace (as Cairn's ServerUser does).
asserver() { if [ "$(id -u)" = 0 ]; then unshare --user "$@"; else "$@"; fi; }

# ---------------------------------------------------------------- tools
[ -f "$ROOT/cairn-cli/target/cairn.jar" ] || { log "building Cairn (mvn -o install)"; (cd "$ROOT" && { mvn -B -q -o -DskipTests install || mvn -B -q -DskipTests install; }) >&2; }
"$CAIRN" --version >/dev/null   # builds the jar if stale and the class-data-sharing archive, untimed
JAR="$ROOT/cairn-cli/target/cairn.jar" JSA="$ROOT/cairn-cli/target/cairn.jsa"
mkdir -p "$WORK/classes" && javac -cp "$JAR" -d "$WORK/classes" "$HERE/Introspect.java"   # javac is not timed
# bin/cairn's JVM flags; the CDS archive still applies because cairn.jar is first on the class path.
CDS=(); [ -f "$JSA" ] && CDS=(-XX:SharedArchiveFile="$JSA" -Xlog:cds=off -Xlog:cds+dynamic=off)
INTROSPECT=(java "${CDS[@]}" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$JAR:$WORK/classes" Introspect)
if on 1 && [ "$LB_RUNS" -gt 0 ]; then
  [ -n "$(ls "$ANCHORS_HOME/liquibase/lib" 2>/dev/null)" ] || { log "setting up the anchors"; "$ANCHORS/setup.sh" >&2; }
fi
if on 2; then
  log "building the JMH benchmarks (bench/jmh)"
  (cd "$ROOT/bench/jmh" && { mvn -B -q -o package || mvn -B -q package; }) >"$WORK/logs/jmh-build.log" 2>&1 \
    || { cat "$WORK/logs/jmh-build.log" >&2; die "the JMH module did not build (cairn-core must be in ~/.m2: mvn -o -DskipTests install)"; }
fi

# ---------------------------------------------------------------- server
PGDUMP_OK=1
if [ "$SERVER" = pg15 ]; then
  [ -x "$PG15_BIN/initdb" ] || die "no PostgreSQL 15 server binaries in $PG15_BIN (set PG15_BIN, or SERVER=cairn)"
  PG15_DATA="$WORK/pg15/data"; mkdir -p "$WORK/pg15"
  asserver "$PG15_BIN/initdb" -D "$PG15_DATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$WORK/logs/initdb.log" 2>&1 \
    || { cat "$WORK/logs/initdb.log" >&2; PG15_DATA=""; die "initdb failed"; }
  # the settings of Cairn's embedded server (ClusterTemplate), so that the two server modes compare
  cat >>"$PG15_DATA/postgresql.conf" <<'EOF'
listen_addresses = '127.0.0.1'
unix_socket_directories = ''
fsync = off
synchronous_commit = off
full_page_writes = off
shared_buffers = 32MB
max_wal_size = 512MB
checkpoint_timeout = 30min
EOF
  PORT=""
  for try in 1 2 3 4 5; do
    p=$((20000 + RANDOM % 30000))
    if asserver "$PG15_BIN/pg_ctl" -D "$PG15_DATA" -l "$WORK/logs/pg15.log" -o "-p $p" -w -t 60 start >"$WORK/logs/pg15-start.log" 2>&1; then PORT=$p; break; fi
  done
  [ -n "$PORT" ] || { cat "$WORK/logs/pg15-start.log" "$WORK/logs/pg15.log" >&2; die "the PostgreSQL 15 server did not start"; }
else
  CAIRN_SERVER="$WORK/server"
  "$CAIRN" --dir "$CAIRN_SERVER" init >/dev/null
  "$CAIRN" --dir "$CAIRN_SERVER" local start >"$WORK/logs/local-start.log" 2>&1 || { cat "$WORK/logs/local-start.log" >&2; CAIRN_SERVER=""; die "cairn local start failed"; }
  PORT=$(grep -o 'jdbc:postgresql://[^ ]*' "$WORK/logs/local-start.log" | head -1 | sed -E 's#jdbc:postgresql://[^:/]+:([0-9]+)/.*#\1#')
  [[ $PORT =~ ^[0-9]+$ ]] || { cat "$WORK/logs/local-start.log" >&2; die "no JDBC URL in the output of cairn local start"; }
fi
PSQL=(env PGOPTIONS="-c client_min_messages=warning" psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PORT" -U postgres)
q() { "${PSQL[@]}" -d "$1" -Atc "$2"; }
url() { echo "jdbc:postgresql://127.0.0.1:$PORT/$1?user=postgres"; }
mkdb() { q postgres "CREATE DATABASE $1" >/dev/null; }
rmdb() { q postgres "DROP DATABASE IF EXISTS $1 WITH (FORCE)" >/dev/null; }
PGV=$(q postgres "SHOW server_version")
SERVER_MAJOR=$(q postgres "SELECT current_setting('server_version_num')::int / 10000")
PGDUMP_MAJOR=$(pg_dump --version | awk '{print $3}' | cut -d. -f1)
[ "$PGDUMP_MAJOR" -ge "$SERVER_MAJOR" ] || PGDUMP_OK=0
log "server: PostgreSQL $PGV on 127.0.0.1:$PORT (pg_dump $PGDUMP_MAJOR$([ $PGDUMP_OK = 1 ] || echo ', refuses this server: skipped'))"

# ---------------------------------------------------------------- the schema (untimed)
gen() { "$HERE/gen-schema.sh" "$1" "$2"; }
gen "$N" base >"$WORK/base.sql"; gen "$N" mutated >"$WORK/mutated.sql"
objects() { # DB — "tables views functions indexes" in public
  q "$1" "SELECT (SELECT count(*) FROM pg_tables WHERE schemaname = 'public') || ' ' || (SELECT count(*) FROM pg_views WHERE schemaname = 'public')
          || ' ' || (SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public')
          || ' ' || (SELECT count(*) FROM pg_indexes WHERE schemaname = 'public')"
}
load() { # DB FILE N EXTRA_INDEXES [auto] — create and load (one transaction, or auto-commit: one transaction
  # creating 4,000 tables runs out of lock slots with the default max_locks_per_transaction), checked
  rmdb "$1"; mkdb "$1"
  "${PSQL[@]}" $([ "${5:-}" = auto ] || echo -1) -d "$1" -f "$2" >"$WORK/logs/load-$1.log" 2>&1 || { cat "$WORK/logs/load-$1.log" >&2; die "loading $2 into $1 failed"; }
  local got; got=$(objects "$1")
  [ "$got" = "$3 20 20 $((2 * $3 + $4))" ] || die "$1: expected $3 tables, 20 views, 20 functions, $((2 * $3 + $4)) indexes; found $got"
}
log "loading $N tables into wide and the mutated variant into wide_mut (untimed)"
load wide "$WORK/base.sql" "$N" 0
load wide_mut "$WORK/mutated.sql" "$N" 10
# expected introspection line: every table has a primary key and a secondary index (indexes counts the latter);
# constraints: N primary keys + N/2 foreign keys
expect() { echo "tables=$1 columns=$((9 * $1)) indexes=$(($1 + $2)) constraints=$(($1 + $1 / 2)) views=20 routines=20"; }
EXPECT_BASE=$(expect "$N" 0) EXPECT_MUT=$(expect "$N" 10)
SUMMARY="column: 17 created, 16 altered, 17 dropped; index: 20 created, 10 dropped"

# ---------------------------------------------------------------- running and checking
# timed LABEL LOG CMD... — run once; append "microseconds maxrss_kb load1" to $RES/LABEL; returns the exit code
timed() {
  local label=$1 logf=$2; shift 2
  local t0 t1 rc=0 l; l=$(cut -d' ' -f1 /proc/loadavg)
  t0=$(date +%s%N)
  /usr/bin/time -f '%M' -o "$logf.rss" timeout "$TOOL_TIMEOUT" "$@" >"$logf" 2>&1 || rc=$?
  t1=$(date +%s%N)
  echo "$(( (t1 - t0) / 1000 )) $(tail -1 "$logf.rss") $l" >>"$RES/$label.all"
  return $rc
}
ok() { tail -1 "$RES/$1.all" >>"$RES/$1"; }   # a checked run: its sample counts
failed() { log "FAILED: $1 — last lines of its output ($2):"; tail -n 40 "$2" >&2; exit 1; }
rotate() { local k=$1; shift; local a=("$@"); local i; for ((i = 0; i < ${#a[@]}; i++)); do echo "${a[(i + k) % ${#a[@]}]}"; done; }
# Liquibase as anchors/anchor.sh runs it (an array, not a function: `timeout` runs it); its command, then
# --url=… --password= after the command
LB=(env LIQUIBASE_ANALYTICS_ENABLED=false java -cp "$ANCHORS_HOME/liquibase/lib/*" liquibase.integration.commandline.LiquibaseCommandLine --log-level=WARNING)

# run1 TOOL ROUND — one timed, checked run of a section-1 command
run1() {
  local t=$1 r=$2 logf="$WORK/logs/s1-$1-$2.log" out="$WORK/out/$1-$2" rc=0; mkdir -p "$out"
  case $t in
    cairn) timed "intro_$t" "$logf" "${INTROSPECT[@]}" "$(url wide)" || rc=$?
      [ $rc = 0 ] || failed "Cairn introspection (exit $rc)" "$logf"
      grep -q "^$EXPECT_BASE objects=" "$logf" || failed "Cairn introspection: expected '$EXPECT_BASE'" "$logf" ;;
    cairndiff) timed "intro_$t" "$logf" "$CAIRN" diff "url:$(url wide)" "url:$(url wide)" || rc=$?
      [ $rc = 0 ] || failed "cairn diff url url (exit $rc; 0 = no differences)" "$logf"
      grep -q '^No differences' "$logf" || failed "cairn diff url url does not say 'No differences'" "$logf" ;;
    pgdump) timed "intro_$t" "$logf" pg_dump --schema-only -d "postgresql://postgres@127.0.0.1:$PORT/wide" -f "$out/dump.sql" || rc=$?
      [ $rc = 0 ] || failed "pg_dump (exit $rc)" "$logf"
      [ "$(grep -c '^CREATE TABLE public\.w_' "$out/dump.sql")" = "$N" ] && [ "$(grep -c '^CREATE VIEW' "$out/dump.sql")" = 20 ] \
        && [ "$(grep -c '^CREATE FUNCTION' "$out/dump.sql")" = 20 ] || failed "pg_dump: expected $N tables, 20 views, 20 functions in $out/dump.sql" "$logf" ;;
    lbsnapshot) timed "intro_$t" "$logf" "${LB[@]}" snapshot --snapshot-format=json --output-file="$out/snapshot.json" --url="$(url wide)" --password= || rc=$?
      [ $rc = 0 ] || failed "Liquibase snapshot (exit $rc)" "$logf"
      # one "liquibase.structure.core.Table" entry per table, keyed by its name
      local nt; nt=$(jq '[.snapshot.objects["liquibase.structure.core.Table"][] | select(.table.name | startswith("w_"))] | length' "$out/snapshot.json" 2>>"$logf")
      [ "$nt" = "$N" ] || failed "Liquibase snapshot: expected $N tables, found '$nt' in $out/snapshot.json" "$logf" ;;
    lbchangelog) timed "intro_$t" "$logf" "${LB[@]}" generate-changelog --changelog-file="$out/changelog.xml" --url="$(url wide)" --password= || rc=$?
      [ $rc = 0 ] || failed "Liquibase generate-changelog (exit $rc)" "$logf"
      [ "$(grep -c '<createTable ' "$out/changelog.xml")" = "$N" ] && [ "$(grep -c '<createView ' "$out/changelog.xml")" = 20 ] \
        || failed "Liquibase generate-changelog: expected $N createTable and 20 createView in $out/changelog.xml" "$logf" ;;
  esac
  ok "intro_$t"
  rm -rf "$out"
}

LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
COMMIT=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')$(git -C "$ROOT" diff --quiet HEAD -- 2>/dev/null || echo ' (modified)')
STARTED=$(date -u +%Y-%m-%dT%H:%MZ)

# ---------------------------------------------------------------- 1. introspection
if on 1; then
  log "warm-up: every section-1 tool once (untimed)"
  for t in cairn cairndiff $([ $PGDUMP_OK = 1 ] && echo pgdump); do run1 "$t" 0; done
  rm -f "$RES"/intro_*
  L1_START=$(cut -d' ' -f1-3 /proc/loadavg)
  T1=(cairn cairndiff); [ $PGDUMP_OK = 1 ] && T1+=(pgdump)
  for ((r = 1; r <= RUNS; r++)); do
    TR=("${T1[@]}"); [ "$r" -le "$LB_RUNS" ] && TR+=(lbsnapshot lbchangelog)
    for t in $(rotate $((r - 1)) "${TR[@]}"); do log "introspection: round $r/$RUNS $t"; run1 "$t" "$r"; done
  done
  L1_END=$(cut -d' ' -f1-3 /proc/loadavg)
  # where Cairn's introspection spends its time, once (diagnostic, not a sample): steps and a warmed-up repeat
  "${INTROSPECT[@]}" "$(url wide)" --repeat 5 >"$WORK/logs/introspect-repeat.log" 2>&1 || failed "Introspect --repeat" "$WORK/logs/introspect-repeat.log"
fi

# ---------------------------------------------------------------- 2. diff (JMH)
snapshots() { # DB FILE EXPECT — introspect with Cairn and save the catalog as a snapshot (untimed)
  "${INTROSPECT[@]}" "$(url "$1")" --snapshot "$2" >"$WORK/logs/snapshot-$1.log" 2>&1 || failed "snapshot of $1" "$WORK/logs/snapshot-$1.log"
  grep -q "^$3 objects=" "$WORK/logs/snapshot-$1.log" || failed "snapshot of $1: expected '$3'" "$WORK/logs/snapshot-$1.log"
}
BASE_JSON="$WORK/snap-base-$N.json" MUT_JSON="$WORK/snap-mutated-$N.json"
if on 2 || on 3; then
  snapshots wide "$BASE_JSON" "$EXPECT_BASE"; snapshots wide_mut "$MUT_JSON" "$EXPECT_MUT"
fi
BENCH_JAR="$ROOT/bench/jmh/target/benchmarks.jar"
jmh() { # NAME ARGS… — run JMH (log in logs/jmh-NAME.log, results in jmh-NAME.json), fail on error
  local logf="$WORK/logs/jmh-$1.log" json="$WORK/jmh-$1.json"; shift
  java -jar "$BENCH_JAR" "$@" -rf json -rff "$json" >"$logf" 2>&1 || failed "JMH $*" "$logf"
  grep -q '^DiffBenchmark\.' "$logf" || failed "JMH printed no results" "$logf"
}
if on 2; then
  L2_START=$(cut -d' ' -f1-3 /proc/loadavg)
  log "JMH steady state: $JMH_FORKS forks × ($JMH_WI warm-up + $JMH_I measured) × ${JMH_TIME}s per benchmark"
  jmh steady 'DiffBenchmark' -p from="$BASE_JSON" -p to="$MUT_JSON" \
    -f "$JMH_FORKS" -wi "$JMH_WI" -i "$JMH_I" -w "${JMH_TIME}s" -r "${JMH_TIME}s"
  if [ "$SS_FORKS" -gt 0 ]; then
    log "JMH single shot, cold, with the CLI's JIT flags: $SS_FORKS forks"
    jmh cold 'DiffBenchmark.diff$' 'DiffBenchmark.diffAndRender' -p from="$BASE_JSON" -p to="$MUT_JSON" \
      -bm ss -tu ms -f "$SS_FORKS" -wi 0 -i 1 -jvmArgsAppend "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
  fi
  L2_END=$(cut -d' ' -f1-3 /proc/loadavg)
  if [ "$SCALE_N" -gt 0 ]; then
    log "scaling: $SCALE_N tables (loading, untimed)"
    gen "$SCALE_N" base >"$WORK/base-scale.sql"; gen "$SCALE_N" mutated >"$WORK/mutated-scale.sql"
    load wide_s "$WORK/base-scale.sql" "$SCALE_N" 0 auto; load wide_s_mut "$WORK/mutated-scale.sql" "$SCALE_N" 10 auto
    snapshots wide_s "$WORK/snap-base-$SCALE_N.json" "$(expect "$SCALE_N" 0)"; snapshots wide_s_mut "$WORK/snap-mutated-$SCALE_N.json" "$(expect "$SCALE_N" 10)"
    rmdb wide_s; rmdb wide_s_mut; rm -f "$WORK/base-scale.sql" "$WORK/mutated-scale.sql"
    log "JMH steady state at $SCALE_N tables (diff, diffIdentical) and again at $N, back to back"
    for n in "$SCALE_N" "$N"; do
      jmh "scale-$n" 'DiffBenchmark.diff$' 'DiffBenchmark.diffIdentical' -p from="$WORK/snap-base-$n.json" -p to="$WORK/snap-mutated-$n.json" \
        -f 1 -wi "$JMH_WI" -i "$JMH_I" -w "${JMH_TIME}s" -r "${JMH_TIME}s"
    done
  fi
fi

# ---------------------------------------------------------------- 3. generate
GEN="$WORK/gen"
if on 3; then
  log "section 3: a project whose V1 builds $N tables and whose schema/ holds the mutated variant"
  "$CAIRN" --dir "$GEN" init >/dev/null
  grep -v '^\s*$' "$WORK/base.sql" >"$GEN/migrations/V1__wide.sql"
  cp "$WORK/mutated.sql" "$GEN/schema/wide.sql"
  "$CAIRN" --dir "$GEN" sum >"$WORK/logs/sum.log" 2>&1 || failed "cairn sum" "$WORK/logs/sum.log"
  SUMFILE="$GEN/migrations/cairn.sum"; cp "$SUMFILE" "$WORK/cairn.sum.orig"
  reset_gen() { rm -f "$GEN"/migrations/V2__* "$GEN"/migrations/U2__* "$GEN/migrations/.snapshots/V2.json"; cp "$WORK/cairn.sum.orig" "$SUMFILE"; }
  cp "$BASE_JSON" "$WORK/out/base.json"; cp "$MUT_JSON" "$WORK/out/mut.json"
  run3() { # TOOL ROUND
    local t=$1 logf="$WORK/logs/s3-$1-$2.log" rc=0
    case $t in
      generate) reset_gen
        timed "gen_$t" "$logf" "$CAIRN" --dir "$GEN" generate --name bench --allow-data-loss || rc=$?
        [ $rc = 0 ] || failed "cairn generate (exit $rc)" "$logf"
        grep -q '^Generated version 2' "$logf" || failed "cairn generate did not say 'Generated version 2'" "$logf"
        local v="$GEN/migrations/V2__bench.sql" u="$GEN/migrations/U2__bench.sql"
        [ -s "$v" ] && [ -s "$u" ] && [ -s "$GEN/migrations/.snapshots/V2.json" ] || failed "cairn generate: V2, U2 or the snapshot is missing" "$logf"
        [ "$(grep -c '^ALTER TABLE' "$v")" = 50 ] && [ "$(grep -c '^CREATE INDEX' "$v")" = 20 ] && [ "$(grep -c '^DROP INDEX' "$v")" = 10 ] \
          || failed "cairn generate: expected 50 ALTER TABLE, 20 CREATE INDEX, 10 DROP INDEX in $v" "$logf"
        [ "$(grep -c '^ALTER TABLE' "$u")" = 50 ] || failed "cairn generate: expected 50 ALTER TABLE in the revert $u" "$logf"
        reset_gen ;;
      diffms) timed "gen_$t" "$logf" "$CAIRN" --dir "$GEN" diff migrations schema || rc=$?
        [ $rc = 1 ] || failed "cairn diff migrations schema (exit $rc; 1 = different)" "$logf"
        grep -q -- "$SUMMARY" "$logf" || failed "cairn diff migrations schema: expected '$SUMMARY'" "$logf" ;;
      diffsnap) timed "gen_$t" "$logf" "$CAIRN" diff "snapshot:$WORK/out/base.json" "snapshot:$WORK/out/mut.json" || rc=$?
        [ $rc = 1 ] || failed "cairn diff snapshot snapshot (exit $rc; 1 = different)" "$logf"
        grep -q -- "$SUMMARY" "$logf" || failed "cairn diff snapshot snapshot: expected '$SUMMARY'" "$logf" ;;
      psqlload) rmdb gen_load; mkdb gen_load
        timed "gen_$t" "$logf" "${PSQL[@]}" -1 -d gen_load -f "$WORK/base.sql" || rc=$?
        [ $rc = 0 ] || failed "psql load (exit $rc)" "$logf"
        [ "$(objects gen_load)" = "$N 20 20 $((2 * N))" ] || failed "psql load: wrong object count" "$logf"
        rmdb gen_load ;;
    esac
    ok "gen_$t"
  }
  log "warm-up: generate once (untimed; also creates Cairn's scratch-server template if missing)"
  run3 generate 0; rm -f "$RES"/gen_*
  L3_START=$(cut -d' ' -f1-3 /proc/loadavg)
  for ((r = 1; r <= GEN_RUNS; r++)); do
    for t in $(rotate $((r - 1)) generate diffms diffsnap psqlload); do log "generate: round $r/$GEN_RUNS $t"; run3 "$t" "$r"; done
  done
  L3_END=$(cut -d' ' -f1-3 /proc/loadavg)
fi
# ---------------------------------------------------------------- 4. drift
DRIFT="$WORK/drift"
if on 4; then
  log "section 4: a database built by cairn migrate from a V1 of $N tables (untimed), then drift against it"
  "$CAIRN" --dir "$DRIFT" init >/dev/null
  # As a user gets there: the schema in schema/, V1 and its snapshot written by cairn generate. A second copy,
  # DRIFT_OTHER, is generated on the bundled major without postgres.version: against a server of another major,
  # drift cannot use its snapshot and replays V1 on a scratch server of the server's major (issue 9).
  cp "$WORK/base.sql" "$DRIFT/schema/wide.sql"
  SERVER_MAJOR=$(q postgres "SHOW server_version_num" | cut -c1-2)
  DRIFT_OTHER="$WORK/drift-other"
  cp -r "$DRIFT" "$DRIFT_OTHER"
  printf '\npostgres:\n  version: %s\n' "$SERVER_MAJOR" >>"$DRIFT/cairn.yaml"
  "$CAIRN" --dir "$DRIFT" generate --name wide >"$WORK/logs/drift-generate.log" 2>&1 \
    || failed "cairn generate of the $N-table V1" "$WORK/logs/drift-generate.log"
  "$CAIRN" --dir "$DRIFT_OTHER" generate --name wide >"$WORK/logs/drift-generate-other.log" 2>&1 \
    || failed "cairn generate of the $N-table V1 on the bundled major" "$WORK/logs/drift-generate-other.log"
  rmdb wide_drift; mkdb wide_drift
  "$CAIRN" --dir "$DRIFT" --url "$(url wide_drift)" migrate >"$WORK/logs/drift-migrate.log" 2>&1 \
    || failed "cairn migrate of the $N-table V1" "$WORK/logs/drift-migrate.log"
  run4() { # TOOL ROUND
    local t=$1 logf="$WORK/logs/s4-$1-$2.log" out="$WORK/out/s4-$1-$2" rc=0; mkdir -p "$out"
    case $t in
      drift) timed "drift_$t" "$logf" "$CAIRN" --dir "$DRIFT" --url "$(url wide_drift)" drift || rc=$?
        [ $rc = 0 ] || failed "cairn drift (exit $rc; 0 = no drift)" "$logf"
        grep -qi 'no drift' "$logf" || failed "cairn drift did not report 'no drift'" "$logf"
        grep -q 'V1.json' "$logf" || failed "cairn drift did not use the snapshot" "$logf" ;;
      other) timed "drift_$t" "$logf" "$CAIRN" --dir "$DRIFT_OTHER" --url "$(url wide_drift)" drift || rc=$?
        [ $rc = 0 ] || failed "cairn drift with a snapshot of another major (exit $rc; 0 = no drift)" "$logf"
        grep -qi 'no drift' "$logf" || failed "cairn drift (snapshot of another major) did not report 'no drift'" "$logf"
        if [ "$SERVER_MAJOR" != 18 ]; then
          grep -q 'replayed on a PostgreSQL' "$logf" || failed "cairn drift did not replay on the server's major" "$logf"
        fi ;;
      replay) timed "drift_$t" "$logf" "$CAIRN" --dir "$DRIFT" --url "$(url wide_drift)" drift --replay || rc=$?
        [ $rc = 0 ] || failed "cairn drift --replay (exit $rc; 0 = no drift)" "$logf"
        grep -qi 'no drift' "$logf" || failed "cairn drift --replay did not report 'no drift'" "$logf" ;;
      pgdump2) timed "drift_$t" "$logf" sh -c "pg_dump --schema-only -d 'postgresql://postgres@127.0.0.1:$PORT/wide_drift' -f '$out/a.sql' && pg_dump --schema-only -d 'postgresql://postgres@127.0.0.1:$PORT/wide_drift' -f '$out/b.sql'" || rc=$?
        [ $rc = 0 ] || failed "pg_dump twice (exit $rc)" "$logf"
        [ "$(grep -c '^CREATE TABLE public\.w_' "$out/b.sql")" = "$N" ] || failed "pg_dump: expected $N tables" "$logf" ;;
    esac
    ok "drift_$t"
    rm -rf "$out"
  }
  [ $PGDUMP_OK = 1 ] || log "pg_dump refuses this server: the drift anchor is skipped"
  run4 drift 0; rm -f "$RES"/drift_*
  L4_START=$(cut -d' ' -f1-3 /proc/loadavg)
  for ((r = 1; r <= RUNS; r++)); do
    for t in $(rotate $((r - 1)) drift other replay $([ $PGDUMP_OK = 1 ] && echo pgdump2)); do log "drift: round $r/$RUNS $t"; run4 "$t" "$r"; done
  done
  L4_END=$(cut -d' ' -f1-3 /proc/loadavg)
  rmdb wide_drift
fi
LOAD_END=$(cut -d' ' -f1-3 /proc/loadavg)

# ---------------------------------------------------------------- statistics
# stat LABEL FIELD — median | min | max | count over $RES/LABEL (FIELD 1 = µs, 2 = RSS kB, 3 = load)
stat() {
  [ -s "$RES/$1" ] || { echo "- - - 0"; return; }
  awk -v f="$2" '{print $f}' "$RES/$1" | sort -g | awk '{v[NR]=$1} END {m = NR % 2 ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2; print m, v[1], v[NR], NR}'
}
med() { stat "$1" 1 | awk '{print $1}'; }
secs() { awk -v u="$1" 'BEGIN { if (u == "-") print "–"; else printf "%.2f", u / 1e6 }'; }
range() { [ "$1" = "-" ] && echo "–" || echo "$(secs "$1")–$(secs "$2")"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "-" || b == "-" || b == 0) print "–"; else printf "%.2f×", a / b }'; }
samples() { [ -s "$RES/$1" ] && awk '{printf "%s%.2f", (NR > 1 ? " " : ""), $1 / 1e6}' "$RES/$1" || echo "–"; }
mb() { awk -v k="$1" 'BEGIN { if (k == "-") print "–"; else printf "%.0f", k / 1024 }'; }
# paired A B — median over rounds of A ÷ B in the same round (one sample per round in both files, same rounds)
paired() {
  [ -s "$RES/$1" ] && [ -s "$RES/$2" ] && [ "$(wc -l <"$RES/$1")" = "$(wc -l <"$RES/$2")" ] || { echo "–"; return; }
  paste -d' ' "$RES/$1" "$RES/$2" | awk '{print $1 / $4}' | sort -g | awk '{v[NR]=$1} END {m = NR % 2 ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2; printf "%.2f×", m}'
}
# jmhrow NAME BENCH — "score error samples" of one benchmark from JMH's JSON results $WORK/jmh-NAME.json
# (score in ms/op; error is JMH's 99.9 % half-width, "–" when it has too few samples)
jmhrow() {
  jq -r --arg b "$2" '.[] | select(.benchmark | endswith("DiffBenchmark." + $b)) | .primaryMetric
    | "\(.score * 1000 | round / 1000) \(if (.scoreError | tostring) == "NaN" then "–" else (.scoreError * 1000 | round / 1000 | tostring) end) \([.rawData[][]] | length)"' \
    "$WORK/jmh-$1.json"
}

# ---------------------------------------------------------------- report
JV=$(java -version 2>&1 | head -2 | tail -1)
cat <<EOF
## Run

- $STARTED, commit $COMMIT, \`N=$N RUNS=$RUNS LB_RUNS=$LB_RUNS GEN_RUNS=$GEN_RUNS JMH_FORKS=$JMH_FORKS JMH_WI=$JMH_WI JMH_I=$JMH_I JMH_TIME=$JMH_TIME SS_FORKS=$SS_FORKS SCALE_N=$SCALE_N SERVER=$SERVER\`
- $(nproc) CPUs (\`nproc\`), $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo) RAM; load average at start $LOAD_START, at end $LOAD_END
- $JV; Cairn via \`bin/cairn\` or, for the single introspection, \`Introspect\` with the same flags (CDS archive, -XX:TieredStopAtLevel=1 -XX:+UseSerialGC)
- Server for sections 1–2: PostgreSQL $PGV on 127.0.0.1 ($([ "$SERVER" = pg15 ] && echo "a temporary cluster from $PG15_BIN" || echo "Cairn's embedded server")), fsync=$(q postgres "SHOW fsync"), shared_buffers=$(q postgres "SHOW shared_buffers"); pg_dump $(pg_dump --version | awk '{print $3}'); Liquibase 4.33.0
- Schema: $N tables (9 columns, primary key, one secondary index, a foreign key on every second table), 20 views, 20 functions; mutated variant: $SUMMARY
EOF
if on 1; then
  cat <<EOF

## 1. Introspection of $N tables, whole process

Median wall time over the runs (round order rotated; Liquibase in the first $LB_RUNS rounds only) and peak RSS (median).
Load average (1 min) during the section: $L1_START at start, $L1_END at end.

| Command | Runs | Median (s) | × pg_dump | Paired × pg_dump | Min–max (s) | Peak RSS (MB) | Samples (s) |
|---|---:|---:|---:|---:|---:|---:|---|
EOF
  P=$(med intro_pgdump)
  for e in cairn:"Cairn: one introspection (Introspect, CLI flags)" cairndiff:"Cairn: \`cairn diff url:U url:U\` (two introspections + diff)" \
           pgdump:"pg_dump --schema-only (floor)" lbsnapshot:"Liquibase snapshot (JSON)" lbchangelog:"Liquibase generate-changelog (XML)"; do
    t=${e%%:*} name=${e#*:} l="intro_${e%%:*}"
    read -r m lo hi n < <(stat "$l" 1); read -r rss _ < <(stat "$l" 2)
    echo "| $name | $n | $(secs "$m") | $(ratio "$m" "$P") | $(paired "$l" intro_pgdump) | $(range "$lo" "$hi") | $(mb "$rss") | $(samples "$l") |"
  done
  echo
  echo "One extra run of \`Introspect --repeat 5\` (same JVM, one connection; stderr):"
  echo
  echo '```'
  cat "$WORK/logs/introspect-repeat.log"
  echo '```'
fi
if on 2; then
  cat <<EOF

## 2. Differ.diff of two $N-table catalogs (JMH)

Snapshots written by Cairn's introspector from the databases above: $(du -k "$BASE_JSON" | awk '{printf "%.1f MB", $1/1024}') each.
Steady state: $JMH_FORKS forks × $JMH_I measured iterations of ${JMH_TIME} s after $JMH_WI warm-up iterations, default JIT (C2).
Cold: single shot (the first call in a fresh JVM, after loading the snapshots), $SS_FORKS forks, the CLI's \`-XX:TieredStopAtLevel=1 -XX:+UseSerialGC\`.
Load average (1 min): $L2_START at start, $L2_END at end.

| Benchmark | Mode | Score (ms/op) | ± error (99.9 %) | Samples |
|---|---|---:|---:|---:|
EOF
  for b in diff diffAndRender render diffIdentical; do
    read -r s e c < <(jmhrow steady "$b")
    echo "| $b | steady | $s | $e | $c |"
  done
  if [ "$SS_FORKS" -gt 0 ]; then
    for b in diff diffAndRender; do read -r s e c < <(jmhrow cold "$b"); echo "| $b | cold (single shot) | $s | $e | $c |"; done
  fi
  echo
  echo "Change set: $(grep -m1 'changes,' "$WORK/logs/jmh-steady.log" | sed 's/^ *//')"
  if [ "$SCALE_N" -gt 0 ]; then
    cat <<EOF

Growth with the schema size (steady state, 1 fork each, run back to back):

| Benchmark | $N tables (ms/op) | $SCALE_N tables (ms/op) | Ratio ($((SCALE_N / N))× tables would be $((SCALE_N / N)).00× if linear) |
|---|---:|---:|---:|
EOF
    for b in diff diffIdentical; do
      read -r s1 e1 _ < <(jmhrow "scale-$N" "$b"); read -r s2 e2 _ < <(jmhrow "scale-$SCALE_N" "$b")
      echo "| $b | $s1 ± $e1 | $s2 ± $e2 | $(ratio "$s2" "$s1") |"
    done
  fi
fi
if on 3; then
  cat <<EOF

## 3. \`cairn generate\` on the $N-table schema

The project's V1 builds the $N tables; schema/ holds the mutated variant. \`cairn generate --name bench --allow-data-loss\`
replays V1 into a scratch database, loads schema/ into another, introspects both, diffs both ways, applies the migration and
the revert on the scratch database and introspects after each, then writes V2, U2, the snapshot and cairn.sum (deleted again
after each run). Every run checked: exit code, V2 with 50 ALTER TABLE / 20 CREATE INDEX / 10 DROP INDEX, U2, snapshot.
$GEN_RUNS rounds, order rotated. Cairn's scratch server is its embedded PostgreSQL 18; the psql load uses the section-1 server.
Peak RSS is the JVM's (the scratch PostgreSQL runs as a daemon and is not counted).
Load average (1 min): $L3_START at start, $L3_END at end.

| Command | Median (s) | × psql load | Min–max (s) | Peak RSS (MB) | Samples (s) |
|---|---:|---:|---:|---:|---|
EOF
  P=$(med gen_psqlload)
  for e in generate:"**cairn generate** (whole)" diffms:"cairn diff migrations schema (two scratch loads + two introspections + diff)" \
           diffsnap:"cairn diff snapshot:A snapshot:B (JVM + two JSON snapshots + diff + render)" psqlload:"psql -1 -f: load the $N-table schema into an empty database (one load's floor)"; do
    l="gen_${e%%:*}" name=${e#*:}
    read -r m lo hi _ < <(stat "$l" 1); read -r rss _ < <(stat "$l" 2)
    echo "| $name | $(secs "$m") | $(ratio "$m" "$P") | $(range "$lo" "$hi") | $(mb "$rss") | $(samples "$l") |"
  done
fi
if on 4; then
  cat <<EOF

## 4. \`cairn drift\` on the $N-table database

A database built by \`cairn migrate\` from a V1 that \`cairn generate\` wrote for the $N tables (plus views and
functions), with its snapshot. \`cairn drift\` reads the live schema and its history and compares it object by object
with the snapshot generate wrote for exactly those migrations (the project sets \`postgres.version\` to the
server's major, $SERVER_MAJOR, so generate made the snapshot on it); \`--replay\` instead replays them into a scratch
database of that major and introspects it. The second row's project was generated on the bundled 18 without
\`postgres.version\`: against a $SERVER_MAJOR server drift does not use that snapshot and replays V1 on a
$SERVER_MAJOR scratch server. Every run checked: exit 0 and "no drift". The anchor is
two \`pg_dump --schema-only\` runs of the same database, one after the other (the target: drift under that). $RUNS rounds,
order rotated. Load average (1 min): $L4_START at start, $L4_END at end.

| Command | Median (s) | × two pg_dumps | Min–max (s) | Peak RSS (MB) | Samples (s) |
|---|---:|---:|---:|---:|---|
EOF
  P=$(med drift_pgdump2)
  for e in drift:"**cairn drift** (whole process; expected schema from the generated snapshot)" other:"cairn drift, snapshot made on 18 (replays V1 on a scratch server of the database's major)" replay:"cairn drift --replay (replays V1 into a scratch database)" pgdump2:"pg_dump --schema-only, twice"; do
    l="drift_${e%%:*}" name=${e#*:}
    read -r m lo hi _ < <(stat "$l" 1); read -r rss _ < <(stat "$l" 2)
    echo "| $name | $(secs "$m") | $(ratio "$m" "$P") | $(range "$lo" "$hi") | $(mb "$rss") | $(samples "$l") |"
  done
fi
