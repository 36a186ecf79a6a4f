-- Golden plans of views/drop_view.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Drop view public.active_emp
DROP VIEW public.active_emp;
-- @reverse
-- Create view public.active_emp
CREATE VIEW public.active_emp AS
SELECT id,
    name
   FROM public.emp
  WHERE active;
