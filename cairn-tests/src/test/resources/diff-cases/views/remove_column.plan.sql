-- Golden plans of views/remove_column.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Drop view public.v
DROP VIEW public.v;

-- Create view public.v
CREATE VIEW public.v AS
SELECT id,
    name
   FROM public.emp;
-- @reverse
-- Replace view public.v
CREATE OR REPLACE VIEW public.v AS
SELECT id,
    name,
    dept
   FROM public.emp;
