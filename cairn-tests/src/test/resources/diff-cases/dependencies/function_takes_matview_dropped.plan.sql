-- Golden plans of dependencies/function_takes_matview_dropped.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Drop function public.g(r public.mv)
DROP FUNCTION public.g(r public.mv);

-- Drop materialized view public.mv
DROP MATERIALIZED VIEW public.mv;
-- @reverse
-- Check routine bodies when they run, not now (they may use objects created later)
SET check_function_bodies = off;

-- Create materialized view public.mv
CREATE MATERIALIZED VIEW public.mv AS
SELECT id
   FROM public.t;

-- Create function public.g(r public.mv)
CREATE OR REPLACE FUNCTION public.g(r public.mv)
 RETURNS integer
 LANGUAGE sql
AS $function$SELECT $1.id$function$;
