#!/usr/bin/env bash
# usage: app/stop.sh   Stops the shop app started by deploy.sh.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
stop_app
