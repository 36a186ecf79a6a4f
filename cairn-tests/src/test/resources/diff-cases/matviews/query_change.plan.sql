-- Golden plans of matviews/query_change.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Drop materialized view public.m
DROP MATERIALIZED VIEW public.m;

-- Create materialized view public.m
CREATE MATERIALIZED VIEW public.m AS
SELECT dept,
    avg(salary) AS total
   FROM public.emp
  GROUP BY dept;
-- @reverse
-- Drop materialized view public.m
DROP MATERIALIZED VIEW public.m;

-- Create materialized view public.m
CREATE MATERIALIZED VIEW public.m AS
SELECT dept,
    sum(salary) AS total
   FROM public.emp
  GROUP BY dept;
