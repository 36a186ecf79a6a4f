-- Golden plans of functions/overload_added.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Check routine bodies when they run, not now (they may use objects created later)
SET check_function_bodies = off;

-- Create function public.add_one(n numeric)
CREATE OR REPLACE FUNCTION public.add_one(n numeric)
 RETURNS numeric
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT n + 1 $function$;
-- @reverse
-- Drop function public.add_one(n numeric)
DROP FUNCTION public.add_one(n numeric);
