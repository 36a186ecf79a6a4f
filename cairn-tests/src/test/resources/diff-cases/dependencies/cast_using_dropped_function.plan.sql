-- Golden plans of dependencies/cast_using_dropped_function.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Drop cast json AS public.t_x
DROP CAST (json AS public.t_x);

-- Drop function public.f(json)
DROP FUNCTION public.f(json);
-- @reverse
-- Check routine bodies when they run, not now (they may use objects created later)
SET check_function_bodies = off;

-- Create function public.f(json)
CREATE OR REPLACE FUNCTION public.f(json)
 RETURNS public.t_x
 LANGUAGE sql
AS $function$SELECT ROW($1::text)::t_x$function$;

-- Create cast json AS public.t_x
CREATE CAST (json AS public.t_x) WITH FUNCTION public.f(json);
