-- Golden plans of dependencies/function_return_type_change_used_by_view.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Check routine bodies when they run, not now (they may use objects created later)
SET check_function_bodies = off;

-- Drop view public.v
DROP VIEW public.v;

-- Drop function public.f()
DROP FUNCTION public.f();

-- Create function public.f()
CREATE OR REPLACE FUNCTION public.f()
 RETURNS bigint
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT 1::bigint $function$;

-- Create view public.v
CREATE VIEW public.v AS
SELECT public.f() AS x;
-- @reverse
-- Check routine bodies when they run, not now (they may use objects created later)
SET check_function_bodies = off;

-- Drop view public.v
DROP VIEW public.v;

-- Drop function public.f()
DROP FUNCTION public.f();

-- Create function public.f()
CREATE OR REPLACE FUNCTION public.f()
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT 1 $function$;

-- Create view public.v
CREATE VIEW public.v AS
SELECT public.f() AS x;
