#!/usr/bin/env bash
# usage: app/deploy.sh ENV VERSION [COMMIT]   (or app/deploy.sh VERSION)
# (Re)starts the shop app at VERSION in the background and waits until /health answers.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
if [ $# -eq 1 ]; then set -- demo "$1"; fi
[ $# -ge 2 ] || { echo "usage: $0 ENV VERSION [COMMIT]" >&2; exit 2; }
if [ -f "$STATE_DIR/version" ]; then cp "$STATE_DIR/version" "$STATE_DIR/previous-version"; fi
stop_app
rm -f "$STATE_DIR/traffic"
start_app "$1" "$2" "${3:-}"
