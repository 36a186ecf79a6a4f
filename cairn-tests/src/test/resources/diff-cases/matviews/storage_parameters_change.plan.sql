-- Golden plans of matviews/storage_parameters_change.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Drop materialized view public.m
DROP MATERIALIZED VIEW public.m;

-- Create materialized view public.m
CREATE MATERIALIZED VIEW public.m WITH (fillfactor=90, autovacuum_enabled=false) AS
SELECT a
   FROM public.t;
-- @reverse
-- Drop materialized view public.m
DROP MATERIALIZED VIEW public.m;

-- Create materialized view public.m
CREATE MATERIALIZED VIEW public.m WITH (fillfactor=70) AS
SELECT a
   FROM public.t;
