#!/usr/bin/env bash
# usage: app/traffic.sh PERCENT
# Sends PERCENT of the traffic to the new version (records it in the running app).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
[ $# -eq 1 ] || { echo "usage: $0 PERCENT" >&2; exit 2; }
if ! answer=$(http POST "/traffic?percent=$1"); then
    echo "could not set the canary share to $1%: the shop app on port $SHOP_PORT answered: ${answer:-nothing}" >&2
    exit 1
fi
echo "canary share: $1%"
