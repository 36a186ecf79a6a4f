-- Golden plans of matviews/matview_over_view.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create view public.active_emp
CREATE VIEW public.active_emp AS
SELECT id,
    name,
    salary,
    dept,
    active
   FROM public.emp
  WHERE active;

-- Create materialized view public.m
CREATE MATERIALIZED VIEW public.m AS
SELECT count(*) AS n
   FROM public.active_emp;
-- @reverse
-- Drop materialized view public.m
DROP MATERIALIZED VIEW public.m;

-- Drop view public.active_emp
DROP VIEW public.active_emp;
