#!/usr/bin/env bash
# bench/deploy/run.sh — `cairn deploy` against a bare `cairn migrate`, and `cairn snapshot create/restore` on a
# ~1 GB database against plain createdb -T, pg_dump -Fc and pg_restore. Whole processes (JVM start included) on
# one temporary PostgreSQL 15 server. Prints a Markdown report on stdout; progress goes to stderr. See bench/README.md.
#
#   RUNS=3 DEPLOY_RUNS=5 bench/deploy/run.sh > /tmp/deploy-report.md
#
# Sections:
#   1. The same N pending migrations (default 20 tiny ones), each run on a fresh database: `cairn migrate`,
#      `cairn deploy` (no snapshot, app or canary; approval not required) and `cairn deploy` with
#      `snapshot: { provider: template }`; the deploy's stages (its --json: name, durationMs) break the
#      difference down; `cairn --version` is the JVM start. DEPLOY_RUNS rounds, order rotated.
#   2. A SIZE_MB (~1,000 MB) database generated with SQL: `cairn snapshot create` and `cairn snapshot restore ID
#      --yes` with the providers template and pg_dump, beside `createdb -T` (template's floor; a restore's floor
#      is createdb -T of the snapshot + two renames + dropdb of the old database) and `pg_dump -Fc` /
#      `createdb` + `pg_restore` into a fresh database (pg_dump's floor). RUNS rounds. Every restore is checked:
#      a marker table created just before it must be gone, the row counts and id sums must be the generated ones.
#
# Parameters (environment):
#   N=20 DEPLOY_RUNS=5   migrations and rounds of section 1
#   SIZE_MB=1000 RUNS=3  target database size (4 tables) and rounds of section 2
#   SECTIONS="1 2"       which sections to run
#   PG15_BIN=/usr/lib/postgresql/15/bin   the server binaries (the installed pg_dump is 15, and refuses newer servers)
#   TOOL_TIMEOUT=900     seconds; a run taking longer is a failure
#   KEEP=1               keep the work directory (logs, raw samples, deploy JSON)
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
CAIRN="$ROOT/bin/cairn"
N=${N:-20} DEPLOY_RUNS=${DEPLOY_RUNS:-5} SIZE_MB=${SIZE_MB:-1000} RUNS=${RUNS:-3} SECTIONS=${SECTIONS:-"1 2"}
PG15_BIN=${PG15_BIN:-/usr/lib/postgresql/15/bin} TOOL_TIMEOUT=${TOOL_TIMEOUT:-900} KEEP=${KEEP:-0}
on() { [[ " $SECTIONS " == *" $1 "* ]]; }

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
for c in java javac psql pg_dump pg_restore createdb dropdb git jq /usr/bin/time timeout awk; do
  command -v "$c" >/dev/null || [ -x "$c" ] || die "needs $c on PATH"
done
[ -x "$PG15_BIN/initdb" ] || die "no PostgreSQL 15 server binaries in $PG15_BIN (set PG15_BIN)"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/cairn-deploy-bench.XXXXXX")
RES="$WORK/results"; mkdir -p "$RES" "$WORK/logs" "$WORK/out"
PG15_DATA=""
cleanup() {
  local rc=$?; set +e
  if [ -n "$PG15_DATA" ]; then log "stopping the PostgreSQL 15 server"; asserver "$PG15_BIN/pg_ctl" -D "$PG15_DATA" -m fast -w stop >"$WORK/logs/pg15-stop.log" 2>&1 || cat "$WORK/logs/pg15-stop.log" >&2; fi
  if [ "$KEEP" = 1 ]; then log "work directory kept: $WORK"; else rm -rf "$WORK"; fi
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM
# PostgreSQL refuses to run as root: as root, run it in a user namespace (as Cairn's ServerUser does).
asserver() { if [ "$(id -u)" = 0 ]; then unshare --user "$@"; else "$@"; fi; }

# ---------------------------------------------------------------- tools and server
"$CAIRN" --version >/dev/null   # builds the jar if stale and the class-data-sharing archive, untimed
JAR="$ROOT/cairn-cli/target/cairn.jar" JSA="$ROOT/cairn-cli/target/cairn.jsa"
CDS=(); [ -f "$JSA" ] && CDS=(-XX:SharedArchiveFile="$JSA" -Xlog:cds=off -Xlog:cds+dynamic=off)

# The temporary PostgreSQL 15 cluster of bench/schema/run.sh, with the settings of Cairn's embedded server.
PG15_DATA="$WORK/pg15/data"; mkdir -p "$WORK/pg15"
asserver "$PG15_BIN/initdb" -D "$PG15_DATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$WORK/logs/initdb.log" 2>&1 \
  || { cat "$WORK/logs/initdb.log" >&2; PG15_DATA=""; die "initdb failed"; }
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
[ -n "$PORT" ] || { cat "$WORK/logs/pg15-start.log" "$WORK/logs/pg15.log" >&2; PG15_DATA=""; die "the PostgreSQL 15 server did not start"; }
export PGHOST=127.0.0.1 PGPORT=$PORT PGUSER=postgres PGOPTIONS="-c client_min_messages=warning"
PSQL=(psql -X -q -v ON_ERROR_STOP=1)
q() { "${PSQL[@]}" -d "$1" -Atc "$2"; }
url() { echo "jdbc:postgresql://127.0.0.1:$PORT/$1?user=postgres"; }
rmdb() { q postgres "DROP DATABASE IF EXISTS $1 WITH (FORCE)" >/dev/null; }
PGV=$(q postgres "SHOW server_version")
SERVER_MAJOR=$(q postgres "SELECT current_setting('server_version_num')::int / 10000")
log "server: PostgreSQL $PGV on 127.0.0.1:$PORT"

# ---------------------------------------------------------------- running and checking
# timed LABEL LOG CMD... — run once (stdout in LOG, stderr in LOG.err); append "microseconds maxrss_kb load1" to $RES/LABEL.all; returns the exit code
timed() {
  local label=$1 logf=$2; shift 2
  local t0 t1 rc=0 l; l=$(cut -d' ' -f1 /proc/loadavg)
  t0=$(date +%s%N)
  /usr/bin/time -f '%M' -o "$logf.rss" timeout "$TOOL_TIMEOUT" "$@" >"$logf" 2>"$logf.err" || rc=$?
  t1=$(date +%s%N)
  echo "$(( (t1 - t0) / 1000 )) $(tail -1 "$logf.rss") $l" >>"$RES/$label.all"
  return $rc
}
ok() { tail -1 "$RES/$1.all" >>"$RES/$1"; }   # a checked run: its sample counts
note() { echo "$2" >>"$RES/$1"; }             # a sample in µs computed elsewhere (a stage's durationMs)
failed() { log "FAILED: $1 — last lines of its output ($2):"; tail -n 40 "$2" >&2; [ ! -s "$2.err" ] || tail -n 20 "$2.err" >&2; exit 1; }
rotate() { local k=$1; shift; local a=("$@"); local i; for ((i = 0; i < ${#a[@]}; i++)); do echo "${a[(i + k) % ${#a[@]}]}"; done; }
# event_ms FILE EVENT — durationMs of the last EVENT in a --events file
event_ms() { jq -r --arg e "$2" 'select(.event == $e or .type == $e or .name == $e) | .durationMs // .data.durationMs // empty' "$1" | tail -1; }

# ---------------------------------------------------------------- the project (untimed)
PROJ="$WORK/project"
"$CAIRN" --dir "$PROJ" init >/dev/null
bash "$ROOT/bench/anchors/gen-tiny.sh" "$N" "$PROJ/migrations"
# cairn init's file up to its environments: section, then the bench's environments
sed -i '/^environments:/,$d' "$PROJ/cairn.yaml"
cat >>"$PROJ/cairn.yaml" <<'EOF'
# bench/deploy/run.sh: one database URL per run (a fresh database), the same server for every environment
environments:
  plain:
    url: ${BENCH_URL}
  tmpl:
    url: ${BENCH_URL}
    snapshot: { provider: template, keep: 0 }
  dump:
    url: ${BENCH_URL}
    snapshot: { provider: pg_dump, keep: 0, directory: .cairn/snapshots/dump }
EOF
"$CAIRN" --dir "$PROJ" sum >"$WORK/logs/sum.log" 2>&1 || failed "cairn sum" "$WORK/logs/sum.log"
# a clean git work tree, as a deploy from CI sees it (the checklist records the commit and asks git status)
printf '.cairn/\n' >"$PROJ/.gitignore"
git -C "$PROJ" init -q -b main && git -C "$PROJ" -c user.email=bench@example.com -c user.name=bench add -A \
  && git -C "$PROJ" -c user.email=bench@example.com -c user.name=bench commit -qm bench
CZ=(env BENCH_URL="$(url big)" "$CAIRN" --dir "$PROJ")   # cairn on the database big (section 2)

# The same deploy in a project that uses `cairn generate` (postgres.version 15, the server's major): V1 (one table,
# applied untimed before each run) and the last of the N pending migrations were written by generate with their
# snapshots, so both drift checks read the expected schema from a snapshot instead of replaying on a scratch server.
GENP="$WORK/project-gen"
"$CAIRN" --dir "$GENP" init >/dev/null
sed -i '/^environments:/,$d' "$GENP/cairn.yaml"
printf 'postgres:\n  version: %s\nenvironments:\n  plain:\n    url: ${BENCH_URL}\n' "$SERVER_MAJOR" >>"$GENP/cairn.yaml"
echo 'CREATE TABLE base (id bigint PRIMARY KEY, name text);' >"$GENP/schema/tables.sql"
"$CAIRN" --dir "$GENP" generate --name base >"$WORK/logs/gen-base.log" 2>&1 || failed "cairn generate (V1)" "$WORK/logs/gen-base.log"
for i in $(seq 2 "$N"); do
  printf 'CREATE TABLE t_%d (id bigint PRIMARY KEY, name text NOT NULL, created_at timestamptz DEFAULT now());\nCREATE INDEX t_%d_name_idx ON t_%d(name);\n' "$i" "$i" "$i" \
    | tee "$GENP/migrations/V${i}__t$i.sql" >>"$GENP/schema/tables.sql"
done
echo "CREATE TABLE t_$((N + 1)) (id bigint PRIMARY KEY);" >>"$GENP/schema/tables.sql"
"$CAIRN" --dir "$GENP" sum >"$WORK/logs/gen-sum.log" 2>&1 || failed "cairn sum (generate project)" "$WORK/logs/gen-sum.log"
"$CAIRN" --dir "$GENP" generate --name last >"$WORK/logs/gen-last.log" 2>&1 || failed "cairn generate (V$((N + 1)))" "$WORK/logs/gen-last.log"
[ -s "$GENP/migrations/.snapshots/V1.json" ] && [ -s "$GENP/migrations/.snapshots/V$((N + 1)).json" ] || die "cairn generate wrote no V1/V$((N + 1)) snapshot in $GENP"
printf '.cairn/\n' >"$GENP/.gitignore"
git -C "$GENP" init -q -b main && git -C "$GENP" -c user.email=bench@example.com -c user.name=bench add -A \
  && git -C "$GENP" -c user.email=bench@example.com -c user.name=bench commit -qm bench
q postgres "CREATE DATABASE gen_check" >/dev/null
BENCH_URL="$(url gen_check)" "$CAIRN" --dir "$GENP" --env plain migrate >"$WORK/logs/gen-check.log" 2>&1 || failed "cairn migrate (generate project)" "$WORK/logs/gen-check.log"
BENCH_URL="$(url gen_check)" "$CAIRN" --dir "$GENP" --env plain drift >"$WORK/logs/gen-drift.log" 2>&1 || failed "cairn drift (generate project)" "$WORK/logs/gen-drift.log"
grep -q "V$((N + 1)).json" "$WORK/logs/gen-drift.log" || failed "cairn drift did not read the generated snapshot V$((N + 1)).json" "$WORK/logs/gen-drift.log"
rmdb gen_check

LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
COMMIT=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')$(git -C "$ROOT" diff --quiet HEAD -- 2>/dev/null || echo ' (modified)')
STARTED=$(date -u +%Y-%m-%dT%H:%MZ)
STAGES="checklist approval snapshot migrate app canary drift"

# ---------------------------------------------------------------- 1. deploy against migrate
applied_ok() { # DB [PROJECT] — all migrations applied: N history rows and N tables (the generate project: N + 1)
  local n=$N; [ "${2:-}" = "$GENP" ] && n=$((N + 1))
  [ "$(q "$1" "SELECT count(*) FROM cairn_schema_history WHERE success")" = "$n" ] \
    && [ "$(q "$1" "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename NOT LIKE 'cairn\_%'")" = "$n" ]
}
run1() { # TOOL ROUND
  local t=$1 r=$2 db="d1_$1_$2" logf="$WORK/logs/s1-$1-$2.log" rc=0
  local proj=$PROJ; [[ $t == *gen ]] && proj=$GENP
  rmdb "$db"; q postgres "CREATE DATABASE $db" >/dev/null
  if [ "$proj" = "$GENP" ]; then   # V1 applied beforehand, untimed: N migrations pending, as in the other project
    env BENCH_URL="$(url "$db")" "$CAIRN" --dir "$GENP" --env plain migrate --target 1 >"$logf.base" 2>&1 || failed "cairn migrate --target 1" "$logf.base"
  fi
  case $t in
    version) timed "s1_$t" "$logf" "$CAIRN" --version || rc=$?
      [ $rc = 0 ] || failed "cairn --version (exit $rc)" "$logf" ;;
    migrate|migrategen) timed "s1_$t" "$logf" env BENCH_URL="$(url "$db")" "$CAIRN" --dir "$proj" --env plain migrate || rc=$?
      [ $rc = 0 ] || failed "cairn migrate (exit $rc)" "$logf"
      applied_ok "$db" "$proj" || failed "cairn migrate: expected $N applied migrations and tables in $db" "$logf" ;;
    deploy|deploysnap|deploygen)
      local env=plain; [ $t = deploysnap ] && env=tmpl
      timed "s1_$t" "$logf" env BENCH_URL="$(url "$db")" "$CAIRN" --dir "$proj" --env "$env" --json deploy --approve || rc=$?
      [ $rc = 0 ] || failed "cairn deploy --env $env (exit $rc)" "$logf"
      jq -e '.ok == true and .exitCode == 0' "$logf" >/dev/null || failed "cairn deploy: not ok in its JSON" "$logf"
      applied_ok "$db" "$proj" || failed "cairn deploy: expected $N applied migrations and tables in $db" "$logf"
      [ "$(jq -r '[.stages[] | select(.name == "drift")][0].outcome' "$logf")" = ok ] || failed "cairn deploy: the drift check did not pass" "$logf"
      [ "$(jq -r '[.stages[] | select(.name == "migrate")][0].detail' "$logf")" = "applied $N migration(s)" ] || failed "cairn deploy: migrate stage" "$logf"
      if [ $t = deploysnap ]; then
        local snap; snap=$(jq -r '.snapshot' "$logf")
        [ "$(q postgres "SELECT count(*) FROM pg_database WHERE datname = '$snap'")" = 1 ] || failed "cairn deploy: no snapshot database '$snap'" "$logf"
        [ "$(q "$snap" "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename LIKE 't\_%'")" = 0 ] || failed "cairn deploy: the snapshot is not the database before the migrations" "$logf"
        rmdb "$snap"
      else
        [ "$(jq -r '[.stages[] | select(.name == "snapshot")][0].outcome' "$logf")" = skipped ] || failed "cairn deploy --env plain took a snapshot" "$logf"
      fi
      cp "$logf" "$WORK/out/$t-$r.json"
      for s in $STAGES; do
        local ms; ms=$(jq -r --arg s "$s" '[.stages[] | select(.name == $s and .outcome != "skipped")][0].durationMs // empty' "$logf")
        [ -z "$ms" ] || [ "$r" = 0 ] || note "s1_${t}_stage_$s" "$((ms * 1000))"
      done ;;
  esac
  [ "$r" = 0 ] || ok "s1_$t"
  rmdb "$db"
}
if on 1; then
  log "section 1: $N pending migrations, migrate against deploy; warm-up (untimed: also creates Cairn's PostgreSQL 15 scratch server for the drift replay)"
  for t in migrate deploy deploysnap migrategen deploygen; do run1 "$t" 0; done
  rm -f "$RES"/s1_*
  L1_START=$(cut -d' ' -f1-3 /proc/loadavg)
  for ((r = 1; r <= DEPLOY_RUNS; r++)); do
    for t in $(rotate $((r - 1)) version migrate deploy deploysnap migrategen deploygen); do log "deploy: round $r/$DEPLOY_RUNS $t"; run1 "$t" "$r"; done
  done
  L1_END=$(cut -d' ' -f1-3 /proc/loadavg)
  # Where the checklist's time goes, once per project (diagnostic, not a sample): bench/deploy/ScratchProbe.java on a
  # database in the pre-deploy state (hand-written: empty, after starting the scratch server; generate project: at V1)
  mkdir -p "$WORK/classes" && javac -cp "$JAR" -d "$WORK/classes" "$HERE/ScratchProbe.java"
  PROBE=(java "${CDS[@]}" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$JAR:$WORK/classes" ScratchProbe)
  rmdb probe; q postgres "CREATE DATABASE probe" >/dev/null
  BENCH_URL="$(url probe)" /usr/bin/time -f 'whole process: %e s wall, %M kB peak RSS' "${PROBE[@]}" "$SERVER_MAJOR" "$PROJ" plain >"$WORK/logs/probe.log" 2>&1 || failed "ScratchProbe" "$WORK/logs/probe.log"
  rmdb probe; q postgres "CREATE DATABASE probe" >/dev/null
  BENCH_URL="$(url probe)" "$CAIRN" --dir "$GENP" --env plain migrate --target 1 >"$WORK/logs/probe-gen-migrate.log" 2>&1 || failed "cairn migrate --target 1 (probe)" "$WORK/logs/probe-gen-migrate.log"
  BENCH_URL="$(url probe)" /usr/bin/time -f 'whole process: %e s wall, %M kB peak RSS' "${PROBE[@]}" none "$GENP" plain >"$WORK/logs/probe-gen.log" 2>&1 || failed "ScratchProbe (generate project)" "$WORK/logs/probe-gen.log"
  # how many of a deploy's classes come from bin/cairn's class-data-sharing archive (the rest load from the jar)
  rmdb probe; q postgres "CREATE DATABASE probe" >/dev/null
  BENCH_URL="$(url probe)" "$CAIRN" --dir "$GENP" --env plain migrate --target 1 >/dev/null 2>&1
  BENCH_URL="$(url probe)" CAIRN_JAVA_OPTS="-Xlog:class+load=info:file=$WORK/logs/classes.txt" "$CAIRN" --dir "$GENP" --env plain deploy --approve >"$WORK/logs/probe-classes.log" 2>&1 || failed "deploy with class loading logged" "$WORK/logs/probe-classes.log"
  CLASSES_ALL=$(grep -c 'source:' "$WORK/logs/classes.txt"); CLASSES_CDS=$(grep -c 'shared objects file' "$WORK/logs/classes.txt")
  CLASSES_TOP=$(grep -v 'shared objects file' "$WORK/logs/classes.txt" | grep -o ' [a-z]*\.[a-z]*\.[a-z]*' | sort | uniq -c | sort -rn | head -6 | awk '{printf "%s%s %s", (NR > 1 ? ", " : ""), $2, $1}')
  rmdb probe
fi

# ---------------------------------------------------------------- 2. snapshot and restore of ~1 GB
TABLES=4
ROWS=$(( SIZE_MB * 1024 * 1024 / TABLES / 335 ))   # ~335 bytes a row on disk with its two index entries (862 MB for 390)
EXPECT=""   # "count:sum count:sum …" of the generated tables
fingerprint() { q "$1" "SELECT string_agg(c, ' ' ORDER BY n) FROM ($(for i in $(seq 1 $TABLES); do
  [ "$i" = 1 ] || printf ' UNION ALL '; printf "SELECT %d AS n, count(*) || ':' || sum(id) AS c FROM big_%d" "$i" "$i"; done)) f"; }
restored_ok() { # DB WHAT LOG — the generated content, no marker table
  [ "$(q "$1" "SELECT count(*) FROM pg_tables WHERE tablename = 'restore_marker'")" = 0 ] || failed "$2: the marker table created after the snapshot is still there" "$3"
  local got; got=$(fingerprint "$1")
  [ "$got" = "$EXPECT" ] || failed "$2: row counts/id sums '$got', expected '$EXPECT'" "$3"
}
marker() { q big "CREATE TABLE restore_marker (x int)"; }
DUMPDIR="$WORK/dumps"; mkdir -p "$DUMPDIR"
run2() { # TOOL ROUND
  local t=$1 r=$2 logf="$WORK/logs/s2-$1-$2.log" ev="$WORK/logs/s2-$1-$2.events" rc=0
  # Every operation starts from a clean state, untimed: a checkpoint, then the dirty pages written back. Without it
  # the first operation after two ~1 GB copies pays for their write-back (a first run showed every round's first
  # restore at 14-19 s and its second at 6-9 s, whichever tool came first).
  q postgres "CHECKPOINT" >/dev/null; sync
  case $t in
    tmpl_create|dump_create)
      local env=${t%_create}; rm -f "$ev"
      timed "s2_$t" "$logf" "${CZ[@]}" --env "$env" --json --events "$ev" snapshot create --label "bench $r" || rc=$?
      [ $rc = 0 ] || failed "cairn snapshot create --env $env (exit $rc)" "$logf"
      local id; id=$(jq -r '.snapshot.id // .id' "$logf")
      [ -n "$id" ] && [ "$id" != null ] || failed "cairn snapshot create: no id in its JSON" "$logf"
      echo "$id" >"$WORK/out/$env.id"
      if [ $env = tmpl ]; then
        [ "$(q postgres "SELECT count(*) FROM pg_database WHERE datname = '$id'")" = 1 ] || failed "no snapshot database $id" "$logf"
      else
        [ -s "$PROJ/.cairn/snapshots/dump/$id.dump" ] || failed "no dump file $id.dump" "$logf"
      fi
      local ms; ms=$(event_ms "$ev" snapshot.created); [ -z "$ms" ] || note "s2_${t}_inner" "$((ms * 1000))" ;;
    tmpl_restore|dump_restore)
      local env=${t%_restore} id; id=$(cat "$WORK/out/$env.id"); rm -f "$ev"; marker
      timed "s2_$t" "$logf" "${CZ[@]}" --env "$env" --json --events "$ev" snapshot restore "$id" --yes || rc=$?
      [ $rc = 0 ] || failed "cairn snapshot restore --env $env $id (exit $rc)" "$logf"
      restored_ok big "cairn snapshot restore ($env)" "$logf"
      local ms; ms=$(event_ms "$ev" snapshot.restored); [ -z "$ms" ] || note "s2_${t}_inner" "$((ms * 1000))"
      "${CZ[@]}" --env "$env" snapshot delete "$id" --yes >"$WORK/logs/s2-delete-$env-$r.log" 2>&1 || failed "cairn snapshot delete $id" "$WORK/logs/s2-delete-$env-$r.log" ;;
    createdb_t) rmdb big_copy
      timed "s2_$t" "$logf" createdb -T big big_copy || rc=$?
      [ $rc = 0 ] || failed "createdb -T big big_copy (exit $rc)" "$logf" ;;
    createdb_t_swap) # the floor of a template restore: copy the snapshot (big_copy, made just before), swap, drop the old
      marker
      timed "s2_$t" "$logf" sh -c 'createdb -T big_copy big_new && psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "ALTER DATABASE big RENAME TO big_old" -c "ALTER DATABASE big_new RENAME TO big" && dropdb big_old' || rc=$?
      [ $rc = 0 ] || failed "createdb -T + renames + dropdb (exit $rc)" "$logf"
      restored_ok big "createdb -T + swap" "$logf"
      rmdb big_copy ;;
    pg_dump) rm -f "$DUMPDIR/big.dump"
      timed "s2_$t" "$logf" pg_dump -Fc -d big -f "$DUMPDIR/big.dump" || rc=$?
      [ $rc = 0 ] && [ -s "$DUMPDIR/big.dump" ] || failed "pg_dump -Fc (exit $rc)" "$logf" ;;
    pg_restore) rmdb big_pr
      timed "s2_$t" "$logf" sh -c "createdb big_pr && pg_restore --exit-on-error -d big_pr '$DUMPDIR/big.dump'" || rc=$?
      [ $rc = 0 ] || failed "createdb + pg_restore (exit $rc)" "$logf"
      restored_ok big_pr "pg_restore" "$logf"
      rmdb big_pr; rm -f "$DUMPDIR/big.dump" ;;
  esac
  ok "s2_$t"
}
if on 2; then
  log "section 2: generating a ~$SIZE_MB MB database ($TABLES tables × $ROWS rows; untimed)"
  rmdb big; q postgres "CREATE DATABASE big" >/dev/null
  t0=$(date +%s)
  for i in $(seq 1 $TABLES); do
    q big "CREATE TABLE big_$i (id bigint PRIMARY KEY, k int NOT NULL, label text NOT NULL, pad text NOT NULL);
           INSERT INTO big_$i SELECT g, g % 1000, md5(g::text), md5((g * 7)::text) || repeat('x', 180) FROM generate_series(1, $ROWS) g;
           CREATE INDEX big_${i}_k ON big_$i (k);" >/dev/null
  done
  q big "VACUUM ANALYZE" >/dev/null; q postgres "CHECKPOINT" >/dev/null
  GEN_S=$(( $(date +%s) - t0 ))
  BIG_BYTES=$(q postgres "SELECT pg_database_size('big')")
  EXPECT=$(fingerprint big)
  log "big: $(awk -v b="$BIG_BYTES" 'BEGIN {printf "%.0f MB", b / 1048576}') in ${GEN_S}s; fingerprint $EXPECT"
  L2_START=$(cut -d' ' -f1-3 /proc/loadavg)
  for ((r = 1; r <= RUNS; r++)); do
    # pairs in a fixed dependency order (a restore needs its snapshot; the swap needs big_copy); Cairn first in odd
    # rounds, the anchor first in even ones
    if ((r % 2)); then order="tmpl_create createdb_t tmpl_restore createdb_t_swap dump_create pg_dump dump_restore pg_restore"
    else order="createdb_t tmpl_create createdb_t_swap tmpl_restore pg_dump dump_create pg_restore dump_restore"; fi
    for t in $order; do log "snapshot: round $r/$RUNS $t"; run2 "$t" "$r"; done
  done
  L2_END=$(cut -d' ' -f1-3 /proc/loadavg)
  DUMP_MB=$(du -m "$DUMPDIR" "$PROJ/.cairn/snapshots" 2>/dev/null | tail -1 | awk '{print $1}')
fi
LOAD_END=$(cut -d' ' -f1-3 /proc/loadavg)

# ---------------------------------------------------------------- statistics
# stat LABEL — median | min | max | count over $RES/LABEL (µs)
stat() {
  [ -s "$RES/$1" ] || { echo "- - - 0"; return; }
  awk '{print $1}' "$RES/$1" | sort -g | awk '{v[NR]=$1} END {m = NR % 2 ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2; print m, v[1], v[NR], NR}'
}
med() { stat "$1" | awk '{print $1}'; }
secs() { awk -v u="$1" 'BEGIN { if (u == "-" || u == "") print "–"; else printf "%.2f", u / 1e6 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "-" || b == "-" || a == "" || b == "" || b == 0) print "–"; else printf "%.2f×", a / b }'; }
diffs() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "-" || b == "-") print "–"; else printf "%+.2f", (a - b) / 1e6 }'; }
samples() { [ -s "$RES/$1" ] && awk '{printf "%s%.2f", (NR > 1 ? " " : ""), $1 / 1e6}' "$RES/$1" || echo "–"; }
# paired A B — median over rounds of A − B in the same round (seconds)
paired() {
  [ -s "$RES/$1" ] && [ -s "$RES/$2" ] && [ "$(wc -l <"$RES/$1")" = "$(wc -l <"$RES/$2")" ] || { echo "–"; return; }
  paste -d' ' "$RES/$1" "$RES/$2" | awk '{print $1 - $4}' | sort -g | awk '{v[NR]=$1} END {m = NR % 2 ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2; printf "%+.2f", m / 1e6}'
}

# ---------------------------------------------------------------- report
JV=$(java -version 2>&1 | head -2 | tail -1)
cat <<EOF
## Run

- $STARTED, commit $COMMIT, \`N=$N DEPLOY_RUNS=$DEPLOY_RUNS SIZE_MB=$SIZE_MB RUNS=$RUNS SECTIONS="$SECTIONS"\`
- $(nproc) CPUs (\`nproc\`), $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo) RAM; load average at start $LOAD_START, at end $LOAD_END
- $JV; Cairn via \`bin/cairn\` (CDS archive, -XX:TieredStopAtLevel=1 -XX:+UseSerialGC), whole processes
- Server: PostgreSQL $PGV, a temporary cluster from $PG15_BIN on 127.0.0.1, fsync=$(q postgres "SHOW fsync"), shared_buffers=$(q postgres "SHOW shared_buffers"), max_wal_size=$(q postgres "SHOW max_wal_size"); client tools $(pg_dump --version | awk '{print $3}')
EOF
if on 1; then
  cat <<EOF

## 1. \`cairn deploy\` against \`cairn migrate\`, $N pending migrations

Each run on a fresh database of the same server (created and dropped untimed); the projects are clean git work trees.
\`deploy\`: environment without snapshot, app or canary, approval not required (\`--approve\` given anyway), \`--json\`.
*Hand-written*: $N tiny migrations (a table and an index each) without snapshots, so the deploy's drift checks replay
the history on Cairn's PostgreSQL $SERVER_MAJOR scratch server. *Generate project* (\`postgres.version\` = the
server's major): V1 and the last of the $N pending migrations written by \`cairn generate\` with their snapshots, V1
applied (untimed) before each run, so both drift checks read a snapshot and no scratch server starts.
Every run checked (exit 0, all history rows and tables; deploy: ok, migrate stage applied $N, drift stage ok; with the
template snapshot, the snapshot database exists and holds none of the new tables). $DEPLOY_RUNS rounds, order rotated.
Load average (1 min): $L1_START at start, $L1_END at end.

| Command | Median (s) | − migrate (s, medians) | − migrate (s, paired median) | Min–max (s) | Samples (s) |
|---|---:|---:|---:|---:|---|
EOF
  for e in version:"\`cairn --version\` (JVM start)" migrate:"\`cairn migrate\` (hand-written)" deploy:"**\`cairn deploy\`** (hand-written)" \
           deploysnap:"**\`cairn deploy\`**, \`snapshot: { provider: template }\` (hand-written)" \
           migrategen:"\`cairn migrate\` (generate project)" deploygen:"**\`cairn deploy\`** (generate project)"; do
    t=${e%%:*} l="s1_${e%%:*}" name=${e#*:} base=s1_migrate; [ "$t" = deploygen ] && base=s1_migrategen
    read -r m lo hi _ < <(stat "$l")
    case $t in migrate*|version) d="–" p="–" ;; *) d=$(diffs "$m" "$(med $base)") p=$(paired "$l" $base) ;; esac
    echo "| $name | $(secs "$m") | $d | $p | $(secs "$lo")–$(secs "$hi") | $(samples "$l") |"
  done
  cat <<EOF

Where the deploy's time goes: its stages (\`durationMs\` of each stage in the deploy's JSON; median over the runs; the
checklist holds the offline checks, reading the history, the pre-deploy drift check and git; \`drift\` is the
post-deploy drift check). The rest of the wall time is the JVM, configuration, connecting, the deployment record and,
when one was started, stopping the scratch server at exit.

| Stage | deploy (s) | + template snapshot (s) | generate project (s) | Samples, deploy (s) | Samples, + snapshot (s) | Samples, generate project (s) |
|---|---:|---:|---:|---|---|---|
EOF
  for s in checklist snapshot migrate drift; do
    echo "| $s | $(secs "$(med "s1_deploy_stage_$s")") | $(secs "$(med "s1_deploysnap_stage_$s")") | $(secs "$(med "s1_deploygen_stage_$s")") | $(samples "s1_deploy_stage_$s") | $(samples "s1_deploysnap_stage_$s") | $(samples "s1_deploygen_stage_$s") |"
  done
  sum_stages() { for s in $STAGES; do med "s1_${1}_stage_$s"; done | awk '$1 != "-" {t += $1} END {print t + 0}'; }
  rest() { secs "$(awk -v a="$(med "s1_$1")" -v b="$(sum_stages "$1")" 'BEGIN {print a - b}')"; }
  echo "| *all stages* | $(secs "$(sum_stages deploy)") | $(secs "$(sum_stages deploysnap)") | $(secs "$(sum_stages deploygen)") | | | |"
  echo "| *whole process − stages* | $(rest deploy) | $(rest deploysnap) | $(rest deploygen) | | | |"
  cat <<EOF

The checklist's parts, once per project, in one JVM with bin/cairn's flags (\`bench/deploy/ScratchProbe.java\`, on a
database in the pre-deploy state; time since main, and since the previous line). Hand-written project (starts the
PostgreSQL $SERVER_MAJOR scratch server first, as its first drift check does):

\`\`\`
$(cat "$WORK/logs/probe.log")
\`\`\`

Generate project (no scratch server):

\`\`\`
$(cat "$WORK/logs/probe-gen.log")
\`\`\`

Classes a deploy (generate project) loads: $CLASSES_ALL, of which $CLASSES_CDS from bin/cairn's class-data-sharing archive;
the others by package: $CLASSES_TOP.
EOF
fi
if on 2; then
  TC=$(med s2_createdb_t) TS=$(med s2_createdb_t_swap) PD=$(med s2_pg_dump) PR=$(med s2_pg_restore)
  cat <<EOF

## 2. Snapshot and restore of a $(awk -v b="$BIG_BYTES" 'BEGIN {printf "%.0f MB", b / 1048576}') database

$TABLES tables of $ROWS rows (bigint primary key, an int with a btree index, two md5 texts, ~180 bytes of padding),
generated with generate_series in ${GEN_S} s; \`pg_database_size\` $BIG_BYTES bytes. Cairn through
\`cairn --env tmpl|dump --json --events FILE snapshot create\` / \`snapshot restore ID --yes\` (whole process;
"inner" is the \`durationMs\` of its \`snapshot.created\` / \`snapshot.restored\` event). Every restore checked: a
marker table created just before it is gone, and each table's row count and id sum are the generated ones
(\`$EXPECT\`). $RUNS rounds; Cairn first in odd rounds, the anchor first in even ones; before every operation an
untimed \`CHECKPOINT\` and \`sync\`, so none pays for the write-back of the copies before it.
Load average (1 min): $L2_START at start, $L2_END at end.

| Operation | Command | Median (s) | Inner (s) | × anchor | Min–max (s) | Samples (s) |
|---|---|---:|---:|---:|---:|---|
EOF
  row() { # OP NAME LABEL ANCHOR_MEDIAN
    read -r m lo hi _ < <(stat "$3")
    echo "| $1 | $2 | $(secs "$m") | $(secs "$(med "${3}_inner")") | $([ -z "$4" ] && echo "anchor" || ratio "$m" "$4") | $(secs "$lo")–$(secs "$hi") | $(samples "$3") |"
  }
  row "snapshot (template)" "**cairn snapshot create** (template)" s2_tmpl_create "$TC"
  row "snapshot (template)" "\`createdb -T big big_copy\`" s2_createdb_t ""
  row "restore (template)" "**cairn snapshot restore ID --yes** (template)" s2_tmpl_restore "$TS"
  row "restore (template)" "\`createdb -T big_copy big_new\` + two \`ALTER DATABASE … RENAME\` + \`dropdb big_old\`" s2_createdb_t_swap ""
  row "snapshot (pg_dump)" "**cairn snapshot create** (pg_dump)" s2_dump_create "$PD"
  row "snapshot (pg_dump)" "\`pg_dump -Fc\`" s2_pg_dump ""
  row "restore (pg_dump)" "**cairn snapshot restore ID --yes** (pg_dump)" s2_dump_restore "$PR"
  row "restore (pg_dump)" "\`createdb big_pr\` + \`pg_restore --exit-on-error -d big_pr\`" s2_pg_restore ""
fi
