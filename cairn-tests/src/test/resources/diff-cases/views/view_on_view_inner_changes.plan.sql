-- Golden plans of views/view_on_view_inner_changes.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Drop view public.outer_v
DROP VIEW public.outer_v;

-- Drop view public.inner_v
DROP VIEW public.inner_v;

-- Create view public.inner_v
CREATE VIEW public.inner_v AS
SELECT id,
    name
   FROM public.emp;

-- Create view public.outer_v
CREATE VIEW public.outer_v AS
SELECT id,
    name
   FROM public.inner_v;
-- @reverse
-- Replace view public.inner_v
CREATE OR REPLACE VIEW public.inner_v AS
SELECT id,
    name,
    dept
   FROM public.emp;
