-- Golden plans of views/add_column_at_end.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Replace view public.v
CREATE OR REPLACE VIEW public.v AS
SELECT id,
    name,
    dept
   FROM public.emp;
-- @reverse
-- Drop view public.v
DROP VIEW public.v;

-- Create view public.v
CREATE VIEW public.v AS
SELECT id,
    name
   FROM public.emp;
