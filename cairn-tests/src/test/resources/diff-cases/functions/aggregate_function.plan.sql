-- Golden plans of functions/aggregate_function.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Check routine bodies when they run, not now (they may use objects created later)
SET check_function_bodies = off;

-- Create function public.concat_step(acc text, x text)
CREATE OR REPLACE FUNCTION public.concat_step(acc text, x text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT coalesce(acc || ',', '') || x $function$;

-- Create aggregate public.concat_all(text)
CREATE OR REPLACE AGGREGATE public.concat_all(text) (SFUNC = public.concat_step, STYPE = text);
-- @reverse
-- Drop aggregate public.concat_all(text)
DROP AGGREGATE public.concat_all(text);

-- Drop function public.concat_step(acc text, x text)
DROP FUNCTION public.concat_step(acc text, x text);
