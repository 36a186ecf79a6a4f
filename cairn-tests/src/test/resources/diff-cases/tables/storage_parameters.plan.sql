-- Golden plans of tables/storage_parameters.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Set storage parameters of public.doc
ALTER TABLE public.doc SET (autovacuum_vacuum_scale_factor=0.05, fillfactor=70, toast.autovacuum_enabled=false);
-- @reverse
-- Set storage parameters of public.doc
ALTER TABLE public.doc RESET (autovacuum_vacuum_scale_factor, fillfactor, toast.autovacuum_enabled);
