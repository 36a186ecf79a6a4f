-- Golden plans of matviews/view_to_matview.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Drop view public.v
DROP VIEW public.v;

-- Create materialized view public.v
CREATE MATERIALIZED VIEW public.v AS
SELECT id
   FROM public.emp;
-- @reverse
-- Drop materialized view public.v
DROP MATERIALIZED VIEW public.v;

-- Create view public.v
CREATE VIEW public.v AS
SELECT id
   FROM public.emp;
