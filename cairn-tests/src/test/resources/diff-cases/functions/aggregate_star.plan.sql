-- Golden plans of functions/aggregate_star.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Check routine bodies when they run, not now (they may use objects created later)
SET check_function_bodies = off;

-- Create function public.s(integer)
CREATE OR REPLACE FUNCTION public.s(integer)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$SELECT $1 + 1$function$;

-- Create aggregate public.cnt()
CREATE OR REPLACE AGGREGATE public.cnt(*) (SFUNC = public.s, STYPE = integer, INITCOND = '0');

-- Comment on aggregate public.cnt()
COMMENT ON AGGREGATE public.cnt(*) IS 'counts rows';
-- @reverse
-- Drop aggregate public.cnt()
DROP AGGREGATE public.cnt(*);

-- Drop function public.s(integer)
DROP FUNCTION public.s(integer);
