-- Golden plans of tables/storage_parameters_change.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Set storage parameters of public.doc
ALTER TABLE public.doc SET (autovacuum_enabled=false, fillfactor=90), RESET (parallel_workers);
-- @reverse
-- Set storage parameters of public.doc
ALTER TABLE public.doc SET (fillfactor=70, parallel_workers=4), RESET (autovacuum_enabled);
