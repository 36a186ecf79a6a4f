-- Golden plans of views/create_view.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create view public.active_emp
CREATE VIEW public.active_emp AS
SELECT id,
    name
   FROM public.emp
  WHERE active;
-- @reverse
-- Drop view public.active_emp
DROP VIEW public.active_emp;
