-- Golden plans of procedures/function_to_procedure.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Check routine bodies when they run, not now (they may use objects created later)
SET check_function_bodies = off;

-- Drop function public.work(n integer)
DROP FUNCTION public.work(n integer);

-- Create procedure public.work(IN n integer)
CREATE OR REPLACE PROCEDURE public.work(IN n integer)
 LANGUAGE sql
AS $procedure$ SELECT $procedure$;
-- @reverse
-- Check routine bodies when they run, not now (they may use objects created later)
SET check_function_bodies = off;

-- Drop procedure public.work(IN n integer)
DROP PROCEDURE public.work(IN n integer);

-- Create function public.work(n integer)
CREATE OR REPLACE FUNCTION public.work(n integer)
 RETURNS void
 LANGUAGE sql
AS $function$ SELECT $function$;
