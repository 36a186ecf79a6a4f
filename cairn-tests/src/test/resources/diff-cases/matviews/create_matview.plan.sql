-- Golden plans of matviews/create_matview.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create materialized view public.dept_totals
CREATE MATERIALIZED VIEW public.dept_totals AS
SELECT dept,
    sum(salary) AS total
   FROM public.emp
  GROUP BY dept;
-- @reverse
-- Drop materialized view public.dept_totals
DROP MATERIALIZED VIEW public.dept_totals;
