#!/usr/bin/env bash
# bench/online/run.sh — schema changes applied under a steady read/write load (issue 12): for each change, a naive
# hand-written migration run with psql against the migration that `cairn generate` writes, applied with
# `cairn migrate`; the load's errors and latency during each change against a baseline with no change. A benchmark,
# not a test: it reports what happened and fails only when something does not run (a command's exit code, a change
# not in place afterwards). Prints a Markdown report on stdout; progress goes to stderr. See bench/README.md.
#
#   ROWS=5000000 bench/online/run.sh > /tmp/online-report.md        (about 6–10 minutes on 2 busy cores)
#   ROWS=100000 BASELINE_S=5 GAP_S=2 bench/online/run.sh              (smoke: about 2 minutes)
#
# The database: accounts(id bigint primary key, customer_id bigint, email text, balance numeric, note text) with ROWS
# rows and customers(id bigint primary key, name text not null) with CUSTOMERS rows, loaded with generate_series,
# then VACUUM ANALYZE, on a temporary PostgreSQL cluster (PG_BIN). The accounts table is created by the project's
# V1 (`cairn migrate --target 1`), so Cairn's history matches the database.
#
# The load (bench/online/LoadGen.java, JDK + pgjdbc): THREADS connections, RATE requests a second in all on a fixed
# schedule, mix MIX of point SELECT by id : UPDATE balance by id : INSERT a new row, each request under a client-side
# timeout of TIMEOUT_S seconds (a request still blocked then is cancelled and counted as a timeout). Latency is from
# the request's slot on the schedule to its answer, so requests queued behind a blocked one count their wait.
#
# Phases, all under that one load: a baseline (BASELINE_S seconds, no change), then for each change in CHANGES
#   index    CREATE INDEX on accounts.customer_id
#   fk       FOREIGN KEY accounts.customer_id → customers
#   column   ADD COLUMN status text NOT NULL DEFAULT 'active'
#   notnull  SET NOT NULL on accounts.email (nullable, no nulls)
# (a) naive: the plain statement with psql (no lock_timeout), then the change is checked and undone (reset), and
# (b) cairn: `cairn migrate --url … --target V` applying the migration(s) `cairn generate` wrote for that change
# (generated up front, before the load, from schema/ edited change by change). GAP_S seconds of load separate the
# phases so a change's backlog drains before the next one. A final baseline closes the run. A phase's window is the
# command's run (JVM start included for Cairn); its requests are those whose slot falls inside it.
#
# Parameters (environment):
#   ROWS=5000000 CUSTOMERS=100000       table sizes
#   THREADS=8 RATE=200 MIX=60:30:10     the load (RATE in requests a second, over all threads)
#   TIMEOUT_S=5                         client-side timeout of every load request
#   BASELINE_S=20 GAP_S=5 WARMUP_S=5    seconds of baseline, of load between phases, of warm-up before the baseline
#   MIN_WINDOW_S=2                      a change shorter than this is judged on the requests of this long from its start
#   CHANGES="index fk column notnull"   which changes, in this order (each builds on the previous ones)
#   CAIRN_LOCK_TIMEOUT=3s CAIRN_LOCK_RETRIES=5   the bench environment's lockTimeout and lockRetries (cairn.yaml)
#   PG_BIN=/usr/lib/postgresql/15/bin   the server binaries (initdb, pg_ctl); postgres.version follows its major
#   KEEP=1                              keep the work directory (samples, logs, the Cairn project)
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
CAIRN="$ROOT/bin/cairn"
ROWS=${ROWS:-5000000} CUSTOMERS=${CUSTOMERS:-100000}
THREADS=${THREADS:-8} RATE=${RATE:-200} MIX=${MIX:-60:30:10} TIMEOUT_S=${TIMEOUT_S:-5}
BASELINE_S=${BASELINE_S:-20} GAP_S=${GAP_S:-5} WARMUP_S=${WARMUP_S:-5} MIN_WINDOW_S=${MIN_WINDOW_S:-2}
CHANGES=${CHANGES:-"index fk column notnull"}
CAIRN_LOCK_TIMEOUT=${CAIRN_LOCK_TIMEOUT:-3s} CAIRN_LOCK_RETRIES=${CAIRN_LOCK_RETRIES:-5}
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin} KEEP=${KEEP:-0}
PGJDBC_VERSION=${PGJDBC_VERSION:-42.7.14}
PGJDBC=${PGJDBC:-$HOME/.m2/repository/org/postgresql/postgresql/$PGJDBC_VERSION/postgresql-$PGJDBC_VERSION.jar}

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
for c in java javac psql jq awk; do command -v "$c" >/dev/null || die "needs $c on PATH"; done
[ -x "$PG_BIN/initdb" ] || die "no PostgreSQL server binaries in $PG_BIN (set PG_BIN)"
[ -f "$PGJDBC" ] || die "no pgjdbc jar at $PGJDBC (set PGJDBC or PGJDBC_VERSION)"
for c in $CHANGES; do case $c in index|fk|column|notnull) ;; *) die "unknown change '$c' in CHANGES (index fk column notnull)" ;; esac; done

WORK=$(mktemp -d "${TMPDIR:-/tmp}/cairn-online-bench.XXXXXX")
mkdir -p "$WORK/logs" "$WORK/classes"
PG_DATA="" LOADGEN_PID=""
cleanup() {
  local rc=$?; set +e
  if [ -n "$LOADGEN_PID" ]; then touch "$WORK/stop"; wait "$LOADGEN_PID" 2>/dev/null; fi
  if [ -n "$PG_DATA" ]; then log "stopping the PostgreSQL server"; asserver "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop >"$WORK/logs/pg-stop.log" 2>&1 || cat "$WORK/logs/pg-stop.log" >&2; fi
  if [ "$KEEP" = 1 ]; then log "work directory kept: $WORK"; else rm -rf "$WORK"; fi
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM
# PostgreSQL refuses to run as root: as root, run it in a user namespace (as Cairn's ServerUser does).
asserver() { if [ "$(id -u)" = 0 ]; then unshare --user "$@"; else "$@"; fi; }
failed() { log "FAILED: $1 — last lines of its output ($2):"; tail -n 40 "$2" >&2; exit 1; }

# ---------------------------------------------------------------- tools
"$CAIRN" --version >/dev/null   # builds the jar if stale
javac -d "$WORK/classes" -cp "$PGJDBC" "$HERE/LoadGen.java" "$HERE/Report.java"
PG_MAJOR=$("$PG_BIN/postgres" --version | sed -E 's/.* ([0-9]+)(\.[0-9]+)*.*/\1/')

# ---------------------------------------------------------------- the Cairn project, generated before the load
# schema/ is edited change by change and `cairn generate` writes what it plans for each; LAST[change] is the newest
# version after that change's generate (one change may give several migrations, e.g. a concurrent index in its own).
PROJ="$WORK/project"
"$CAIRN" --dir "$PROJ" init >/dev/null
sed -i '/^environments:/,$d' "$PROJ/cairn.yaml"
cat >>"$PROJ/cairn.yaml" <<EOF
# bench/online/run.sh: production-like lock settings (cairn init's production example)
postgres:
  version: $PG_MAJOR
environments:
  bench:
    url: \${BENCH_URL}
    lockTimeout: $CAIRN_LOCK_TIMEOUT
    lockRetries: $CAIRN_LOCK_RETRIES
    statementTimeout: 15m
EOF
SCHEMA="$PROJ/schema/tables.sql"
cat >"$SCHEMA" <<'EOF'
CREATE TABLE customers (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE accounts (id bigint PRIMARY KEY, customer_id bigint, email text, balance numeric, note text);
EOF
newest() { ls "$PROJ/migrations" | sed -nE 's/^V([0-9]+)__.*/\1/p' | sort -n | tail -1; }
gen() { # NAME — generate the next migration(s) from schema/
  "$CAIRN" --dir "$PROJ" generate --name "$1" >"$WORK/logs/gen-$1.log" 2>&1 || failed "cairn generate --name $1" "$WORK/logs/gen-$1.log"
}
gen base
[ "$(newest)" = 1 ] || die "cairn generate wrote no V1"
declare -A FIRST LAST NAIVE RESET CHECK
NAIVE[index]="CREATE INDEX accounts_customer_id_idx ON accounts (customer_id)"
NAIVE[fk]="ALTER TABLE accounts ADD CONSTRAINT accounts_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customers (id)"
NAIVE[column]="ALTER TABLE accounts ADD COLUMN status text NOT NULL DEFAULT 'active'"
NAIVE[notnull]="ALTER TABLE accounts ALTER COLUMN email SET NOT NULL"
RESET[index]="DROP INDEX accounts_customer_id_idx"
RESET[fk]="ALTER TABLE accounts DROP CONSTRAINT accounts_customer_id_fkey"
RESET[column]="ALTER TABLE accounts DROP COLUMN status"
RESET[notnull]="ALTER TABLE accounts ALTER COLUMN email DROP NOT NULL"
# Each query returns 1 when the change is in place (and valid), 0 when it is not.
CHECK[index]="SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relname = 'accounts_customer_id_idx' AND i.indisvalid"
CHECK[fk]="SELECT count(*) FROM pg_constraint WHERE conname = 'accounts_customer_id_fkey' AND contype = 'f' AND convalidated"
CHECK[column]="SELECT count(*) FROM pg_attribute WHERE attrelid = 'accounts'::regclass AND attname = 'status' AND attnotnull AND NOT attisdropped"
CHECK[notnull]="SELECT count(*) FROM pg_attribute WHERE attrelid = 'accounts'::regclass AND attname = 'email' AND attnotnull"
for c in $CHANGES; do
  before=$(newest)
  case $c in
    index)   echo 'CREATE INDEX accounts_customer_id_idx ON accounts (customer_id);' >>"$SCHEMA" ;;
    fk)      echo 'ALTER TABLE accounts ADD CONSTRAINT accounts_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customers (id);' >>"$SCHEMA" ;;
    column)  sed -i "s/note text)/note text, status text NOT NULL DEFAULT 'active')/" "$SCHEMA" ;;
    notnull) sed -i 's/email text,/email text NOT NULL,/' "$SCHEMA" ;;
  esac
  gen "$c"
  FIRST[$c]=$((before + 1)) LAST[$c]=$(newest)
  [ "${LAST[$c]}" -gt "$before" ] || failed "cairn generate wrote no migration for '$c'" "$WORK/logs/gen-$c.log"
  log "cairn generate: change $c → V${FIRST[$c]}..V${LAST[$c]}"
done

# ---------------------------------------------------------------- server and data
PG_DATA="$WORK/pg/data"; mkdir -p "$WORK/pg"
asserver "$PG_BIN/initdb" -D "$PG_DATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$WORK/logs/initdb.log" 2>&1 \
  || { PG_DATA=""; failed "initdb" "$WORK/logs/initdb.log"; }
cat >>"$PG_DATA/postgresql.conf" <<'EOF'
listen_addresses = '127.0.0.1'
unix_socket_directories = ''
fsync = off
synchronous_commit = off
full_page_writes = off
shared_buffers = 256MB
max_wal_size = 4GB
checkpoint_timeout = 30min
EOF
PORT=""
for try in 1 2 3 4 5; do
  p=$((20000 + RANDOM % 30000))
  if asserver "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$WORK/logs/pg.log" -o "-p $p" -w -t 60 start >"$WORK/logs/pg-start.log" 2>&1; then PORT=$p; break; fi
done
[ -n "$PORT" ] || { PG_DATA=""; failed "the PostgreSQL server did not start" "$WORK/logs/pg-start.log"; }
export PGHOST=127.0.0.1 PGPORT=$PORT PGUSER=postgres PGDATABASE=online PGOPTIONS="-c client_min_messages=warning"
PSQL=(psql -X -q -v ON_ERROR_STOP=1)
q() { "${PSQL[@]}" -Atc "$1"; }
"${PSQL[@]}" -d postgres -c "CREATE DATABASE online" >/dev/null
URL="jdbc:postgresql://127.0.0.1:$PORT/online?user=postgres"
export BENCH_URL=$URL
PGV=$(q "SHOW server_version")
log "server: PostgreSQL $PGV on 127.0.0.1:$PORT"

"$CAIRN" --dir "$PROJ" --env bench migrate --url "$URL" --target 1 >"$WORK/logs/migrate-v1.log" 2>&1 || failed "cairn migrate --target 1" "$WORK/logs/migrate-v1.log"
log "loading $ROWS accounts and $CUSTOMERS customers"
t0=$(date +%s)
"${PSQL[@]}" >"$WORK/logs/load.log" 2>&1 <<EOF || failed "loading the data" "$WORK/logs/load.log"
INSERT INTO customers SELECT i, 'customer ' || i FROM generate_series(1, $CUSTOMERS) i;
INSERT INTO accounts SELECT i, 1 + (i * 7919) % $CUSTOMERS, 'user' || i || '@example.com', (i % 1000)::numeric, 'note ' || i
  FROM generate_series(1::bigint, $ROWS) i;
VACUUM ANALYZE customers;
VACUUM ANALYZE accounts;
CHECKPOINT;
EOF
LOAD_S=$(( $(date +%s) - t0 ))
SIZE=$(q "SELECT pg_size_pretty(pg_total_relation_size('accounts'))")
log "loaded in ${LOAD_S}s; accounts is $SIZE"

# ---------------------------------------------------------------- the load and the phases
PHASES="$WORK/phases.tsv"; : >"$PHASES"
now_us() { date +%s%6N; }
# mark CHANGE PATH START END [TABLE] — one phase; TABLE main (the default) or process (Cairn's whole-process windows)
mark() { printf '%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" "${5:-main}" >>"$PHASES"; }
# event_us EVENTS TYPE first|last — the time (epoch µs) of the first or last event of TYPE in a --events file
event_us() { local at; at=$(jq -r --arg t "$2" 'select(.type == $t) | .at' "$1" | { [ "$3" = first ] && head -1 || tail -1; })
  [ -n "$at" ] && date -d "$at" +%s%6N; }
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
COMMIT=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')$(git -C "$ROOT" diff --quiet HEAD -- 2>/dev/null || echo ' (modified)')
STARTED=$(date -u +%Y-%m-%dT%H:%MZ)
THREADS=$THREADS RATE=$RATE MIX=$MIX TIMEOUT_S=$TIMEOUT_S CUSTOMERS=$CUSTOMERS MAX_SECONDS=3600 \
  java -XX:+UseSerialGC -Xmx512m -cp "$PGJDBC:$WORK/classes" LoadGen "$URL" "$WORK/samples.txt" "$WORK/stop" >"$WORK/logs/loadgen.log" 2>&1 &
LOADGEN_PID=$!
for i in $(seq 1 300); do [ -f "$WORK/samples.txt.started" ] && break; kill -0 "$LOADGEN_PID" 2>/dev/null || failed "LoadGen exited" "$WORK/logs/loadgen.log"; sleep 0.1; done
[ -f "$WORK/samples.txt.started" ] || failed "LoadGen did not start in 30 s" "$WORK/logs/loadgen.log"
log "load running ($THREADS threads, $RATE requests/s, mix $MIX); warm-up ${WARMUP_S}s, baseline ${BASELINE_S}s"
sleep "$WARMUP_S"
s=$(now_us); sleep "$BASELINE_S"; mark baseline "no change" "$s" "$(now_us)"

in_place() { [ "$(q "${CHECK[$1]}")" = 1 ]; }
for c in $CHANGES; do
  sleep "$GAP_S"
  in_place "$c" && die "change $c is already in place before its naive run"
  log "$c: naive (psql): ${NAIVE[$c]}"
  s=$(now_us)
  "${PSQL[@]}" -c "${NAIVE[$c]}" >"$WORK/logs/naive-$c.log" 2>&1 || failed "naive $c" "$WORK/logs/naive-$c.log"
  mark "$c" "naive (psql)" "$s" "$(now_us)"
  in_place "$c" || die "change $c not in place after its naive run"
  sleep "$GAP_S"
  "${PSQL[@]}" -c "${RESET[$c]}" >"$WORK/logs/reset-$c.log" 2>&1 || failed "reset $c" "$WORK/logs/reset-$c.log"
  in_place "$c" && die "change $c still in place after the reset"
  sleep "$GAP_S"
  log "$c: cairn migrate --target ${LAST[$c]} (V${FIRST[$c]}..V${LAST[$c]})"
  s=$(now_us)
  ev="$WORK/logs/cairn-$c.events"
  "$CAIRN" --dir "$PROJ" --env bench --events "$ev" migrate --url "$URL" --target "${LAST[$c]}" >"$WORK/logs/cairn-$c.log" 2>&1 || failed "cairn migrate $c" "$WORK/logs/cairn-$c.log"
  e=$(now_us)
  # The main window is the migrations' own run (first migration.started to last migration.applied, from Cairn's
  # events): JVM start-up is the tool's cost on its own host, not the database's; the whole process is reported too.
  as=$(event_us "$ev" migration.started first) ae=$(event_us "$ev" migration.applied last)
  [ -n "$as" ] && [ -n "$ae" ] || failed "cairn migrate $c: no migration.started/applied events" "$ev"
  mark "$c" "cairn migrate" "$as" "$ae"
  mark "$c" "cairn migrate (whole process)" "$s" "$e" process
  in_place "$c" || die "change $c not in place after cairn migrate"
  [ "$(q "SELECT max(version::int) FROM cairn_schema_history WHERE success AND version IS NOT NULL")" = "${LAST[$c]}" ] \
    || failed "cairn migrate $c: history does not end at V${LAST[$c]}" "$WORK/logs/cairn-$c.log"
done
sleep "$GAP_S"
s=$(now_us); sleep "$BASELINE_S"; mark baseline "no change (end)" "$s" "$(now_us)"
touch "$WORK/stop"; wait "$LOADGEN_PID" || failed "LoadGen" "$WORK/logs/loadgen.log"; LOADGEN_PID=""
LOAD_END=$(cut -d' ' -f1-3 /proc/loadavg)
grep -q 'stopped:' "$WORK/logs/loadgen.log" && failed "a LoadGen thread stopped" "$WORK/logs/loadgen.log"
ROWS_END=$(q "SELECT count(*) FROM accounts")

# ---------------------------------------------------------------- report
java -cp "$WORK/classes" Report "$WORK/samples.txt" "$PHASES" "$MIN_WINDOW_S" >"$WORK/table.md" 2>"$WORK/phases.txt"
cat <<EOF
# Online schema changes under load

- $STARTED, commit $COMMIT, \`ROWS=$ROWS CUSTOMERS=$CUSTOMERS THREADS=$THREADS RATE=$RATE MIX=$MIX TIMEOUT_S=$TIMEOUT_S BASELINE_S=$BASELINE_S GAP_S=$GAP_S WARMUP_S=$WARMUP_S MIN_WINDOW_S=$MIN_WINDOW_S CHANGES="$CHANGES" bench/online/run.sh\`
- $(nproc) CPUs (\`nproc\`), $(awk '/MemTotal/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo) RAM; load average at start $LOAD_START, at end $LOAD_END
- $(java -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.runtime.version/ {print "Java " $2}'); pgjdbc $PGJDBC_VERSION
- PostgreSQL $PGV (temporary cluster from $PG_BIN, 127.0.0.1): fsync=off, synchronous_commit=off, full_page_writes=off, shared_buffers=256MB, other settings default
- accounts: $ROWS rows loaded ($SIZE with its primary key, ${LOAD_S}s to load and VACUUM ANALYZE), $ROWS_END at the end; customers: $CUSTOMERS rows
- Cairn environment: lockTimeout $CAIRN_LOCK_TIMEOUT, lockRetries $CAIRN_LOCK_RETRIES, statementTimeout 15m

Latency is from a request's slot on the fixed schedule to its answer (ms); a phase's requests are those whose slot
falls inside its window: psql's run for the naive path, the migrations' run for Cairn (first migration.started to last
migration.applied in its events; the whole process in the second table), at least ${MIN_WINDOW_S} s from its start (a
shorter change is judged on the requests of its first ${MIN_WINDOW_S} s; Duration is still its own); errors are requests that failed, timeouts
those the client cancelled after ${TIMEOUT_S} s. The target applies to the Cairn rows: no error and p99 at most twice
the reference p99 (the no-change baselines at the start and the end, pooled).

EOF
cat "$WORK/table.md"
echo
echo "## What each path ran"
for c in $CHANGES; do
  echo
  echo "**$c** — naive: \`${NAIVE[$c]}\`; Cairn: V${FIRST[$c]}..V${LAST[$c]} from \`cairn generate\`:"
  echo
  echo '```sql'
  for ((v = FIRST[$c]; v <= LAST[$c]; v++)); do
    f=$(ls "$PROJ/migrations" | grep -E "^V${v}__" | head -1)
    echo "-- $f"
    grep -v '^--' "$PROJ/migrations/$f" | sed '/^$/d'
  done
  echo '```'
done
echo
echo "Cairn's output per change (up to its summary line), and its lock retries (migration.retry events):"
echo
for c in $CHANGES; do
  echo "- $c: $(sed '/Applied [0-9]* migration/q' "$WORK/logs/cairn-$c.log" | tr '\n' ' ' | sed 's/  */ /g') — $(jq -r 'select(.type == "migration.retry")' "$WORK/logs/cairn-$c.events" | grep -c '"type"') retries"
done
