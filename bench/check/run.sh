#!/usr/bin/env bash
# bench/check/run.sh — wall time of `cairn check` and `cairn check --staged` (JVM start included) on a
# project with N migrations in a git repository, the way the pre-commit hook runs it. No database.
# Prints a Markdown table on stdout; progress on stderr.
#
#   N=500 RUNS=10 bench/check/run.sh
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
N=${N:-500} RUNS=${RUNS:-10} KEEP=${KEEP:-0}
CAIRN="$ROOT/bin/cairn"
WORK=$(mktemp -d)
trap '[ "$KEEP" = 1 ] || rm -rf "$WORK"' EXIT
log() { echo "[$(date +%T)] $*" >&2; }

repo="$WORK/repo" project="$WORK/repo/services/db"
mkdir -p "$project"
git -C "$repo" init -q -b main
git -C "$repo" config user.email bench@example.com
git -C "$repo" config user.name bench
"$CAIRN" --dir "$project" init >/dev/null
bash "$ROOT/bench/anchors/gen-tiny.sh" "$N" "$project/migrations"
# The desired schema is what the migrations build, plus one table, so that generate writes a snapshot
# and the schema check has something to compare (the hook's normal case).
cat "$project"/migrations/V*.sql > "$project/schema/tables.sql"
echo 'CREATE TABLE bench_extra (id bigint PRIMARY KEY);' >> "$project/schema/tables.sql"
"$CAIRN" --dir "$project" sum >/dev/null
log "generating the snapshot (replays $N migrations once)"
"$CAIRN" --dir "$project" generate --name extra >/dev/null
git -C "$repo" add -A && git -C "$repo" commit -qm bench
# Stage a schema edit with no migration, as the hook would see it: check --staged must fail (exit 1).
echo 'CREATE TABLE bench_unmigrated (id bigint);' >> "$project/schema/tables.sql"
git -C "$repo" add -A

"$CAIRN" --dir "$project" --version >/dev/null # builds the jar and its CDS archive if needed
median() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.2f", m}'; }
measure() { # name expected-exit args...
  local name=$1 want=$2; shift 2; local samples=() i rc t0 t1
  for i in $(seq 1 "$RUNS"); do
    t0=$(date +%s.%N); set +e; "$CAIRN" "$@" >/dev/null 2>&1; rc=$?; set -e; t1=$(date +%s.%N)
    [ "$rc" = "$want" ] || { echo "$name: exit $rc, expected $want" >&2; "$CAIRN" "$@" >&2 || true; exit 1; }
    samples+=("$(printf "%.2f" "$(echo "$t1 - $t0" | bc)")")
  done
  printf '| %s | %s | %s |\n' "$name" "$(printf '%s\n' "${samples[@]}" | median)" "$(printf '%s ' "${samples[@]}")"
}
log "timing $RUNS runs each"
echo "## cairn check, $N migrations ($(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg))"
echo
echo "| Command | Median (s) | Samples (s) |"
echo "|---|---:|---|"
measure "cairn --version (JVM start only)" 0 --version
measure "cairn check (work tree; schema edited, no migration → exit 1)" 1 --dir "$project" check
measure "cairn check --staged (git index; the hook) → exit 1" 1 --dir "$project" check --staged
git -C "$repo" reset -q --hard
measure "cairn check --staged, clean → exit 0" 0 --dir "$project" check --staged
