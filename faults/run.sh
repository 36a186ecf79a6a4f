#!/usr/bin/env bash
# Cairn's fault suite (faults/README.md): builds the fat jar once, then runs the scenarios against it
# as real OS processes and a real embedded PostgreSQL.
#
#   faults/run.sh                                   # every scenario, small defaults
#   faults/run.sh kill network                      # some scenarios
#   faults/run.sh kill -Dfaults.kill.rounds=20 -Dfaults.seed=42
#
# Scenarios: concurrent, kill, restart, network, secrets. Exit status: 0 when every scenario passed.
# FAULTS_MVN_OPTS (default -o, offline) is passed to both Maven runs; set it empty on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")/.."

mvn_opts=${FAULTS_MVN_OPTS--o}
tests=()
props=()
for arg in "$@"; do
  case "$arg" in
    -D*) props+=("$arg") ;;
    concurrent) tests+=(ConcurrentMigrateFaults) ;;
    kill) tests+=(KillNineFaults) ;;
    restart) tests+=(ServerRestartFaults) ;;
    network) tests+=(FrozenNetworkFaults) ;;
    secrets) tests+=(SecretScanFaults) ;;
    *) echo "faults/run.sh: unknown scenario '$arg' (concurrent, kill, restart, network, secrets, or -Dfaults.KNOB=VALUE)" >&2
       exit 2 ;;
  esac
done
selector=()
if ((${#tests[@]})); then
  selector=("-Dtest=$(IFS=,; echo "${tests[*]}")")
fi

echo "== building the fat jar (cairn-cli/target/cairn.jar)"
# shellcheck disable=SC2086
mvn -B -q $mvn_opts -pl cairn-core,cairn-cli -am package -DskipTests

echo "== running the fault scenarios"
reports=faults/target/surefire-reports
rm -rf "$reports"
status=0
# shellcheck disable=SC2086
mvn -B $mvn_opts -Pfaults -pl faults test "${selector[@]}" "${props[@]}" || status=$?

echo
echo "== fault suite summary"
for report in "$reports"/TEST-*.xml; do
  [ -e "$report" ] || { echo "no scenario ran (see the Maven output above)"; break; }
  name=$(basename "$report" .xml); name=${name#TEST-dev.cairn.faults.}
  if grep -q -e '<failure' -e '<error' "$report"; then result=FAIL; else result=pass; fi
  printf '  %-4s  %s\n' "$result" "$name"
done
exit "$status"
