-- Golden plans of views/view_uses_function.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Check routine bodies when they run, not now (they may use objects created later)
SET check_function_bodies = off;

-- Replace function public.fmt(n text)
CREATE OR REPLACE FUNCTION public.fmt(n text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT initcap(n) $function$;
-- @reverse
-- Check routine bodies when they run, not now (they may use objects created later)
SET check_function_bodies = off;

-- Replace function public.fmt(n text)
CREATE OR REPLACE FUNCTION public.fmt(n text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT upper(n) $function$;
