-- Golden plans of matviews/drop_matview.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Drop materialized view public.dept_totals
DROP MATERIALIZED VIEW public.dept_totals;
-- @reverse
-- Create materialized view public.dept_totals
CREATE MATERIALIZED VIEW public.dept_totals AS
SELECT dept,
    sum(salary) AS total
   FROM public.emp
  GROUP BY dept;
