-- Golden plans of matviews/matview_with_no_data_recreated.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Drop materialized view public.m
DROP MATERIALIZED VIEW public.m;

-- Drop materialized view public.p
DROP MATERIALIZED VIEW public.p;

-- Create materialized view public.m
CREATE MATERIALIZED VIEW public.m AS
SELECT id,
    a
   FROM public.t
WITH NO DATA;

-- Create materialized view public.p
CREATE MATERIALIZED VIEW public.p AS
SELECT id
   FROM public.t;
-- @reverse
-- Drop materialized view public.m
DROP MATERIALIZED VIEW public.m;

-- Drop materialized view public.p
DROP MATERIALIZED VIEW public.p;

-- Create materialized view public.m
CREATE MATERIALIZED VIEW public.m AS
SELECT id
   FROM public.t
WITH NO DATA;

-- Create materialized view public.p
CREATE MATERIALIZED VIEW public.p AS
SELECT id
   FROM public.t
WITH NO DATA;
