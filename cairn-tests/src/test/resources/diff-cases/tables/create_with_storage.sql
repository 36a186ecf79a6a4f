-- A new table with storage parameters (its own and its TOAST table's) and UNLOGGED is created with them.
-- @expect-sql-contains CREATE UNLOGGED TABLE public.cache
-- @from
-- @to
CREATE UNLOGGED TABLE cache (k text PRIMARY KEY, v text) WITH (fillfactor = 50, toast.autovacuum_enabled = false);
CREATE TABLE log (id bigint, msg text) WITH (autovacuum_vacuum_scale_factor = 0.01, autovacuum_analyze_threshold = 1000);
