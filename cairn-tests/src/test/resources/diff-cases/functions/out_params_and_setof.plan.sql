-- Golden plans of functions/out_params_and_setof.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Check routine bodies when they run, not now (they may use objects created later)
SET check_function_bodies = off;

-- Create function public.evens(n integer)
CREATE OR REPLACE FUNCTION public.evens(n integer)
 RETURNS SETOF integer
 LANGUAGE sql
AS $function$ SELECT g FROM generate_series(0, n, 2) g $function$;

-- Create function public.minmax(VARIADIC xs integer[], OUT lo integer, OUT hi integer)
CREATE OR REPLACE FUNCTION public.minmax(VARIADIC xs integer[], OUT lo integer, OUT hi integer)
 RETURNS record
 LANGUAGE sql
AS $function$ SELECT min(x), max(x) FROM unnest(xs) x $function$;

-- Create function public.series(n integer)
CREATE OR REPLACE FUNCTION public.series(n integer)
 RETURNS TABLE(i integer, sq integer)
 LANGUAGE sql
AS $function$ SELECT g, g * g FROM generate_series(1, n) g $function$;
-- @reverse
-- Drop function public.evens(n integer)
DROP FUNCTION public.evens(n integer);

-- Drop function public.minmax(VARIADIC xs integer[], OUT lo integer, OUT hi integer)
DROP FUNCTION public.minmax(VARIADIC xs integer[], OUT lo integer, OUT hi integer);

-- Drop function public.series(n integer)
DROP FUNCTION public.series(n integer);
