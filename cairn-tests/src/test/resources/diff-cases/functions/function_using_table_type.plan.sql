-- Golden plans of functions/function_using_table_type.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Check routine bodies when they run, not now (they may use objects created later)
SET check_function_bodies = off;

-- Create function public.bonus(e public.emp)
CREATE OR REPLACE FUNCTION public.bonus(e public.emp)
 RETURNS numeric
 LANGUAGE sql
AS $function$ SELECT e.salary * 0.1 $function$;
-- @reverse
-- Drop function public.bonus(e public.emp)
DROP FUNCTION public.bonus(e public.emp);
