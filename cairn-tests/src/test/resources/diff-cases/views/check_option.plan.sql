-- Golden plans of views/check_option.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Drop view public.v
DROP VIEW public.v;

-- Create view public.v
CREATE VIEW public.v AS
SELECT id,
    name,
    salary,
    dept,
    active
   FROM public.emp
  WHERE active
  WITH CASCADED CHECK OPTION;
-- @reverse
-- Drop view public.v
DROP VIEW public.v;

-- Create view public.v
CREATE VIEW public.v AS
SELECT id,
    name,
    salary,
    dept,
    active
   FROM public.emp
  WHERE active
  WITH LOCAL CHECK OPTION;
