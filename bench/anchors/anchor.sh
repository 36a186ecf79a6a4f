#!/usr/bin/env bash
# anchor.sh TOOL ACTION JDBC_URL [DIR] — run one anchor tool once (see README.md).
# Copied from /work/shared/bench/anchors/anchor.sh; changes: temp files are removed, and
# `liquibase changelog - DIR` pre-builds DIR/changelog.sql so that benchmarks do not time the
# shell loop (two forks per file) that turns a migrations directory into a changelog.
set -euo pipefail
H=${ANCHORS_HOME:-$HOME/.cache/cairn-anchors}
tool=$1 action=$2 url=$3 dir=${4:-}
libpq() { # jdbc:postgresql://h:p/db?user=u -> postgresql://u@h:p/db
  local rest=${1#jdbc:postgresql://} user=postgres
  [[ $rest == *user=* ]] && user=$(sed -E 's/.*[?&]user=([^&]*).*/\1/' <<<"$rest")
  echo "postgresql://$user@${rest%%\?*}"
}
changelog() { # changelog DIR OUT — a formatted-SQL changelog, one changeset per V file
  local f v
  { echo "--liquibase formatted sql"; for f in $(ls "$1"/V*__*.sql | sort -V); do v=${f##*/}; v=${v#V}; echo; echo "--changeset anchors:${v%%__*}"; cat "$f"; done; } >"$2"
}
lb() { LIQUIBASE_ANALYTICS_ENABLED=false java -cp "$H/liquibase/lib/*" liquibase.integration.commandline.LiquibaseCommandLine --log-level=WARNING "$@" --url="$url" --password="${PGPASSWORD:-}"; }
tmp=""; trap '[ -z "$tmp" ] || rm -rf "$tmp"' EXIT
case "$tool/$action" in
  flyway/migrate|flyway/info|flyway/validate) exec java -cp "$H/classes:$H/flyway/lib/*" FlywayMain "$action" "$url" "$dir" ;;
  liquibase/changelog) changelog "$dir" "$dir/changelog.sql" ;;
  liquibase/update|liquibase/status)
    if [ -f "$dir/changelog.sql" ]; then cd "$dir"; else tmp=$(mktemp -d); changelog "$dir" "$tmp/changelog.sql"; cd "$tmp"; fi
    [ "$action" = status ] && set -- status --verbose || set -- update
    lb "$@" --changelog-file=changelog.sql ;;
  liquibase/snapshot) tmp=$(mktemp -d); lb snapshot --snapshot-format=json --output-file="$tmp/snapshot.json" ;;
  psql/apply)
    tmp=$(mktemp -d); script=$tmp/apply.sql; echo '\set ON_ERROR_STOP 1' >"$script"
    for f in $(ls "$dir"/V*__*.sql | sort -V); do printf 'BEGIN;\n\\i %s\nCOMMIT;\n' "$f" >>"$script"; done
    psql -X -q -d "$(libpq "$url")" -f "$script" ;;
  pg_dump/schema) exec pg_dump --schema-only -d "$(libpq "$url")" -f /dev/null ;;
  *) echo "unknown: $tool $action (see README.md)" >&2; exit 2 ;;
esac
