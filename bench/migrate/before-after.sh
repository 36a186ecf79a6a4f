#!/usr/bin/env bash
# bench/migrate/before-after.sh — applying N tiny migrations with two builds of Cairn (before and after a
# change) and psql, side by side on one temporary PostgreSQL 15 cluster, in paired rounds: each round runs
# the three tools once each, in rotated order, each on a fresh database, so that load drifting between
# rounds (a shared machine) cancels in the per-round ratios. Prints a Markdown table on stdout.
#
#   BEFORE=/tmp/cairn-old SIZES="1000 10000" RUNS="5 2" bench/migrate/before-after.sh > report.md
#
# Parameters (environment):
#   BEFORE          a checkout of the old code with its jar built (mvn -o -pl cairn-core,cairn-cli package)
#   AFTER           the new checkout (default: this one, its jar built the same way)
#   SIZES="1000"    migration counts, one table per size
#   RUNS="5"        rounds per size (one number per size)
#   PG15_BIN=/usr/lib/postgresql/15/bin
#   KEEP=1          keep the work directory (logs)
# The server has the settings of Cairn's embedded cluster (bench/schema/run.sh): fsync off, 32MB buffers.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
ANCHORS="$ROOT/bench/anchors"
BEFORE=${BEFORE:?set BEFORE to a checkout of the old code with cairn-cli/target/cairn.jar built}
AFTER=${AFTER:-$ROOT}
read -r -a SIZES <<<"${SIZES:-1000}"
read -r -a RUNS <<<"${RUNS:-5}"
PG15_BIN=${PG15_BIN:-/usr/lib/postgresql/15/bin} KEEP=${KEEP:-0}

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
[ -x "$PG15_BIN/initdb" ] || die "no PostgreSQL 15 server binaries in $PG15_BIN"
for root in "$BEFORE" "$AFTER"; do [ -f "$root/cairn-cli/target/cairn.jar" ] || die "no jar in $root/cairn-cli/target"; done

WORK=$(mktemp -d "${TMPDIR:-/tmp}/cairn-before-after.XXXXXX")
mkdir -p "$WORK/logs"
PG_DATA="" PORT=""
asserver() { if [ "$(id -u)" = 0 ]; then unshare --user "$@"; else "$@"; fi; }
cleanup() {
  local rc=$?; set +e
  [ -n "$PG_DATA" ] && asserver "$PG15_BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null 2>&1
  if [ "$KEEP" = 1 ]; then log "work directory kept: $WORK"; else rm -rf "$WORK"; fi
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

PG_DATA="$WORK/pg15/data"; mkdir -p "$WORK/pg15"
asserver "$PG15_BIN/initdb" -D "$PG_DATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$WORK/logs/initdb.log" 2>&1 \
  || { cat "$WORK/logs/initdb.log" >&2; PG_DATA=""; die "initdb failed"; }
cat >>"$PG_DATA/postgresql.conf" <<'EOF'
listen_addresses = '127.0.0.1'
unix_socket_directories = ''
fsync = off
synchronous_commit = off
full_page_writes = off
shared_buffers = 32MB
max_wal_size = 512MB
checkpoint_timeout = 30min
EOF
for try in 1 2 3 4 5; do
  p=$((20000 + RANDOM % 30000))
  if asserver "$PG15_BIN/pg_ctl" -D "$PG_DATA" -l "$WORK/logs/pg15.log" -o "-p $p" -w -t 60 start >"$WORK/logs/pg15-start.log" 2>&1; then PORT=$p; break; fi
done
[ -n "$PORT" ] || { cat "$WORK/logs/pg15-start.log" >&2; die "the PostgreSQL 15 server did not start"; }
PSQL=(env PGOPTIONS="-c client_min_messages=warning" psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PORT" -U postgres)
q() { "${PSQL[@]}" -d "$1" -Atc "$2"; }
url() { echo "jdbc:postgresql://127.0.0.1:$PORT/$1?user=postgres"; }
log "PostgreSQL $(q postgres 'SHOW server_version') on port $PORT"

"$BEFORE/bin/cairn" --version >/dev/null && "$AFTER/bin/cairn" --version >/dev/null   # CDS archives, untimed

# cmd TOOL N DB — the command line of one apply
cmd() {
  case $1 in
    before) echo "$BEFORE/bin/cairn --dir $WORK/n$2/cairn --url $(url "$3") migrate" ;;
    after)  echo "$AFTER/bin/cairn --dir $WORK/n$2/cairn --url $(url "$3") migrate" ;;
    psql)   echo "$ANCHORS/anchor.sh psql apply $(url "$3") $WORK/n$2/plain" ;;
  esac
}
tables() { q "$1" "SELECT count(*) FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace WHERE s.nspname = 'public' AND c.relkind = 'r' AND c.relname ~ '^t_[0-9]+\$'"; }

# med N EXPR — the median over rounds of EXPR ($1 before, $2 after, $3 psql, in µs), two decimals
med() {
  awk "{ print $2 }" "$WORK/ratios-$1" | sort -g \
    | awk '{ v[NR] = $1 } END { m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.2f", m }'
}

echo "| N | round | order | before (s) | after (s) | psql (s) | before ÷ psql | after ÷ psql | after ÷ before |"
echo "|---:|---:|---|---:|---:|---:|---:|---:|---:|"
SUMMARY=()
for k in "${!SIZES[@]}"; do
  n=${SIZES[$k]} runs=${RUNS[$k]:-${RUNS[0]}} d="$WORK/n${SIZES[$k]}"
  log "generating $n migrations"
  "$ANCHORS/gen-tiny.sh" "$n" "$d/plain"
  "$AFTER/bin/cairn" --dir "$d/cairn" init >/dev/null
  cp "$d/plain"/V*.sql "$d/cairn/migrations/"
  "$AFTER/bin/cairn" --dir "$d/cairn" sum >"$WORK/logs/sum-$n.log" 2>&1 || { cat "$WORK/logs/sum-$n.log" >&2; die "cairn sum failed"; }
  : >"$WORK/ratios-$n"
  for ((r = 0; r < runs; r++)); do
    tools=(before after psql); order=()
    for ((i = 0; i < 3; i++)); do order+=("${tools[(i + r) % 3]}"); done
    declare -A t=()
    for tool in "${order[@]}"; do
      db="b_${tool}"
      q postgres "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null; q postgres "CREATE DATABASE $db" >/dev/null
      logf="$WORK/logs/$tool-$n-$r.log"
      t0=$(date +%s%N)
      # shellcheck disable=SC2046
      $(cmd "$tool" "$n" "$db") >"$logf" 2>&1 || { tail -20 "$logf" >&2; die "$tool failed applying $n migrations"; }
      t1=$(date +%s%N)
      [ "$(tables "$db")" = "$n" ] || die "$tool: expected $n tables in $db"
      [ "$tool" = psql ] || [ "$(q "$db" "SELECT count(*) FROM cairn_schema_history WHERE success")" = "$n" ] \
        || die "$tool: expected $n successful history rows in $db"
      t[$tool]=$(( (t1 - t0) / 1000 ))
      log "N=$n round $((r + 1)): $tool $(awk -v u="${t[$tool]}" 'BEGIN { printf "%.2f", u / 1e6 }') s"
    done
    echo "${t[before]} ${t[after]} ${t[psql]}" >>"$WORK/ratios-$n"
    awk -v n="$n" -v r="$((r + 1))" -v o="${order[*]}" -v b="${t[before]}" -v a="${t[after]}" -v p="${t[psql]}" 'BEGIN {
      printf "| %d | %d | %s | %.2f | %.2f | %.2f | %.2f× | %.2f× | %.2f× |\n", n, r, o, b / 1e6, a / 1e6, p / 1e6, b / p, a / p, a / b }'
    unset t
  done
  SUMMARY+=("$(printf '| %d | %d | %s | %s | %s | %s× | %s× | %s× | %s |' "$n" "$runs" \
    "$(med "$n" '$1 / 1e6')" "$(med "$n" '$2 / 1e6')" "$(med "$n" '$3 / 1e6')" \
    "$(med "$n" '$1 / $3')" "$(med "$n" '$2 / $3')" "$(med "$n" '$2 / $1')" "$(med "$n" "(\$1 - \$2) / 1000 / $n")")")
done
echo
echo "Medians over rounds; the ratios are medians of the per-round (paired) ratios; saved = (before − after) ÷ N."
echo
echo "| N | rounds | before (s) | after (s) | psql (s) | before ÷ psql | after ÷ psql | after ÷ before | saved ms / migration |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
printf '%s\n' "${SUMMARY[@]}"
