-- Golden plans of dependencies/composite_over_view_row_type.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create view public.v
CREATE VIEW public.v AS
SELECT id
   FROM public.t;

-- Create type public.c
CREATE TYPE public.c AS (x public.v, n integer);
-- @reverse
-- Drop type public.c
DROP TYPE public.c;

-- Drop view public.v
DROP VIEW public.v;
