-- Golden plans of functions/function_calls_function.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Check routine bodies when they run, not now (they may use objects created later)
SET check_function_bodies = off;

-- Create function public.a()
CREATE OR REPLACE FUNCTION public.a()
 RETURNS integer
 LANGUAGE plpgsql
AS $function$ BEGIN RETURN b() + 1; END $function$;

-- Create function public.b()
CREATE OR REPLACE FUNCTION public.b()
 RETURNS integer
 LANGUAGE plpgsql
AS $function$ BEGIN RETURN 41; END $function$;
-- @reverse
-- Drop function public.a()
DROP FUNCTION public.a();

-- Drop function public.b()
DROP FUNCTION public.b();
