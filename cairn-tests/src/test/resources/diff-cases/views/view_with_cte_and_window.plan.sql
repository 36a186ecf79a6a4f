-- Golden plans of views/view_with_cte_and_window.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create view public.dept_rank
CREATE VIEW public.dept_rank AS
WITH d AS (
         SELECT emp.dept,
            sum(emp.salary) AS total
           FROM public.emp
          GROUP BY emp.dept
        )
 SELECT e.id,
    e.name,
    e.dept,
    d.total,
    rank() OVER (PARTITION BY e.dept ORDER BY e.salary DESC) AS r
   FROM public.emp e
     JOIN d ON d.dept = e.dept;
-- @reverse
-- Drop view public.dept_rank
DROP VIEW public.dept_rank;
