-- Golden plans of casts/cast_with_function_created.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Check routine bodies when they run, not now (they may use objects created later)
SET check_function_bodies = off;

-- Create type public.money_pair
CREATE TYPE public.money_pair AS (amount numeric, currency text);

-- Create function public.to_money_pair(numeric)
CREATE OR REPLACE FUNCTION public.to_money_pair(numeric)
 RETURNS public.money_pair
 LANGUAGE sql
 IMMUTABLE
AS $function$SELECT ROW($1, 'EUR')::money_pair$function$;

-- Create cast numeric AS public.money_pair
CREATE CAST (numeric AS public.money_pair) WITH FUNCTION public.to_money_pair(numeric) AS ASSIGNMENT;

-- Comment on cast numeric AS public.money_pair
COMMENT ON CAST (numeric AS public.money_pair) IS 'in euros';
-- @reverse
-- Drop cast numeric AS public.money_pair
DROP CAST (numeric AS public.money_pair);

-- Drop function public.to_money_pair(numeric)
DROP FUNCTION public.to_money_pair(numeric);

-- Drop type public.money_pair
DROP TYPE public.money_pair;
