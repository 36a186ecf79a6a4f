-- Golden plans of functions/default_argument.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Check routine bodies when they run, not now (they may use objects created later)
SET check_function_bodies = off;

-- Replace function public.scale(n integer, f integer)
CREATE OR REPLACE FUNCTION public.scale(n integer, f integer DEFAULT 10)
 RETURNS integer
 LANGUAGE sql
AS $function$ SELECT n * f $function$;
-- @reverse
-- Check routine bodies when they run, not now (they may use objects created later)
SET check_function_bodies = off;

-- Drop function public.scale(n integer, f integer)
DROP FUNCTION public.scale(n integer, f integer);

-- Create function public.scale(n integer, f integer)
CREATE OR REPLACE FUNCTION public.scale(n integer, f integer)
 RETURNS integer
 LANGUAGE sql
AS $function$ SELECT n * f $function$;
