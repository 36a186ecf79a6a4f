-- Golden plans of casts/cast_function_recreated.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Check routine bodies when they run, not now (they may use objects created later)
SET check_function_bodies = off;

-- Drop cast integer AS public.pair
DROP CAST (integer AS public.pair);

-- Drop function public.pair_of(x integer)
DROP FUNCTION public.pair_of(x integer);

-- Create function public.pair_of(n integer)
CREATE OR REPLACE FUNCTION public.pair_of(n integer)
 RETURNS public.pair
 LANGUAGE sql
AS $function$SELECT ROW($1, $1)::pair$function$;

-- Create cast integer AS public.pair
CREATE CAST (integer AS public.pair) WITH FUNCTION public.pair_of(integer);
-- @reverse
-- Check routine bodies when they run, not now (they may use objects created later)
SET check_function_bodies = off;

-- Drop cast integer AS public.pair
DROP CAST (integer AS public.pair);

-- Drop function public.pair_of(n integer)
DROP FUNCTION public.pair_of(n integer);

-- Create function public.pair_of(x integer)
CREATE OR REPLACE FUNCTION public.pair_of(x integer)
 RETURNS public.pair
 LANGUAGE sql
AS $function$SELECT ROW($1, $1)::pair$function$;

-- Create cast integer AS public.pair
CREATE CAST (integer AS public.pair) WITH FUNCTION public.pair_of(integer);
