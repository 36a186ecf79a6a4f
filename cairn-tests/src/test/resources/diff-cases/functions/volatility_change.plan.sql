-- Golden plans of functions/volatility_change.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Check routine bodies when they run, not now (they may use objects created later)
SET check_function_bodies = off;

-- Replace function public.add_one(n integer)
CREATE OR REPLACE FUNCTION public.add_one(n integer)
 RETURNS integer
 LANGUAGE sql
 STABLE
AS $function$ SELECT n + 1 $function$;
-- @reverse
-- Check routine bodies when they run, not now (they may use objects created later)
SET check_function_bodies = off;

-- Replace function public.add_one(n integer)
CREATE OR REPLACE FUNCTION public.add_one(n integer)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT n + 1 $function$;
