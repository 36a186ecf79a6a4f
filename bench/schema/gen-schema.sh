#!/usr/bin/env bash
# gen-schema.sh N [base|mutated] — the declarative-schema benchmark's schema as plain SQL (no BEGIN/COMMIT;
# load it with psql -1). N tables exactly as bench/anchors/gen-wide.sh makes them (9 columns, primary key,
# index on code, foreign key prev_id -> previous table on every second table), plus 20 views joining pairs
# of tables and 20 functions (10 SQL, 10 PL/pgSQL) reading them. Needs N >= 1240 (views and functions use
# tables 1001-1240).
#
# "mutated" is the same schema after a change of ~50 columns and 20 indexes, on tables the views and
# functions do not use:
#   17 columns added    (note text)           on w_10, w_20, …, w_170
#   17 columns dropped  (qty)                 on w_15, w_25, …, w_175
#   16 columns altered  (amount numeric(12,2) -> numeric(14,2)) on w_12, w_22, …, w_162
#   10 indexes changed  (w_i_code_idx on (code) -> (code, name)) on w_300, w_310, …, w_390
#   10 indexes added    (w_i_name_idx on (name))                  on w_400, w_410, …, w_490
set -euo pipefail
n=${1:-2000} variant=${2:-base}
[ "$n" -ge 1240 ] || { echo "gen-schema.sh: N must be at least 1240" >&2; exit 2; }
case $variant in base|mutated) ;; *) echo "gen-schema.sh: variant is base or mutated" >&2; exit 2 ;; esac
awk -v n="$n" -v mut="$([ "$variant" = mutated ] && echo 1 || echo 0)" 'BEGIN {
  for (i = 1; i <= n; i++) {
    fk = (i % 2 == 0) ? " REFERENCES w_" (i - 1) "(id)" : ""
    amount = "numeric(12,2)"; qty = ", qty integer"; note = ""; idx = "code"; extra = ""
    if (mut) {
      if (i % 10 == 0 && i <= 170) note = ", note text"
      if (i % 10 == 5 && i >= 15 && i <= 175) qty = ""
      if (i % 10 == 2 && i >= 12 && i <= 162) amount = "numeric(14,2)"
      if (i % 10 == 0 && i >= 300 && i <= 390) idx = "code, name"
      if (i % 10 == 0 && i >= 400 && i <= 490) extra = sprintf("CREATE INDEX w_%d_name_idx ON w_%d(name);\n", i, i)
    }
    printf "CREATE TABLE w_%d (id bigint PRIMARY KEY, code varchar(32) NOT NULL, name text NOT NULL, amount %s DEFAULT 0%s, active boolean NOT NULL DEFAULT true, payload jsonb, created_at timestamptz NOT NULL DEFAULT now(), prev_id bigint%s%s);\nCREATE INDEX w_%d_code_idx ON w_%d(%s);\n%s", i, amount, qty, fk, note, i, i, idx, extra
  }
  for (k = 1; k <= 20; k++) {
    a = 1000 + 2 * k - 1; b = 1000 + 2 * k
    printf "CREATE VIEW v_pair_%d AS SELECT b.id, b.code, b.name, b.amount, a.id AS prev_id, a.name AS prev_name, a.created_at AS prev_created_at FROM w_%d b JOIN w_%d a ON a.id = b.prev_id WHERE b.active;\n", k, b, a
  }
  for (k = 1; k <= 10; k++) {
    printf "CREATE FUNCTION f_count_%d(p_code varchar) RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT count(*) FROM w_%d WHERE code = p_code $$;\n", k, 1100 + k
    printf "CREATE FUNCTION f_total_%d(p_prev bigint, p_min numeric DEFAULT 0) RETURNS numeric LANGUAGE plpgsql STABLE AS $$\nDECLARE\n  s numeric;\nBEGIN\n  SELECT coalesce(sum(amount), 0) INTO s FROM w_%d WHERE prev_id = p_prev AND amount >= p_min;\n  RETURN s;\nEND\n$$;\n", k, 1200 + k
  }
}'
