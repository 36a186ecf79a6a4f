-- Golden plans of matviews/storage_parameters_change.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Set storage parameters of materialized view public.m
ALTER MATERIALIZED VIEW public.m SET (autovacuum_enabled=false, fillfactor=90);
-- @reverse
-- Set storage parameters of materialized view public.m
ALTER MATERIALIZED VIEW public.m SET (fillfactor=70), RESET (autovacuum_enabled);
