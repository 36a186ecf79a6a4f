-- Golden plans of dependencies/function_returns_view_dropped.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Drop function public.f(integer)
DROP FUNCTION public.f(integer);

-- Drop view public.v
DROP VIEW public.v;
-- @reverse
-- Check routine bodies when they run, not now (they may use objects created later)
SET check_function_bodies = off;

-- Create view public.v
CREATE VIEW public.v AS
SELECT id
   FROM public.t;

-- Create function public.f(integer)
CREATE OR REPLACE FUNCTION public.f(integer)
 RETURNS public.v
 LANGUAGE sql
AS $function$SELECT * FROM v LIMIT 1$function$;
