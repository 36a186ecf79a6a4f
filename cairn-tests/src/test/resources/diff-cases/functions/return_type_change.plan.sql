-- Golden plans of functions/return_type_change.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Check routine bodies when they run, not now (they may use objects created later)
SET check_function_bodies = off;

-- Drop function public.add_one(n integer)
DROP FUNCTION public.add_one(n integer);

-- Create function public.add_one(n integer)
CREATE OR REPLACE FUNCTION public.add_one(n integer)
 RETURNS bigint
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT n + 1 $function$;
-- @reverse
-- Check routine bodies when they run, not now (they may use objects created later)
SET check_function_bodies = off;

-- Drop function public.add_one(n integer)
DROP FUNCTION public.add_one(n integer);

-- Create function public.add_one(n integer)
CREATE OR REPLACE FUNCTION public.add_one(n integer)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT n + 1 $function$;
