#!/usr/bin/env bash
# usage: app/rollback.sh ENV [PREVIOUS_VERSION]
# Restarts the shop app at the version before the last deploy (or the one given), with no canary traffic.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
env="${1:-demo}"
previous="${2:-$(cat "$STATE_DIR/previous-version" 2>/dev/null || true)}"
[ -n "$previous" ] || { echo "no previous version is known: give it as the second argument" >&2; exit 2; }
stop_app
rm -f "$STATE_DIR/traffic"
start_app "$env" "$previous" "rollback"
