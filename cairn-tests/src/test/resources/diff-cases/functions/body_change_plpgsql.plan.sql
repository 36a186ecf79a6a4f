-- Golden plans of functions/body_change_plpgsql.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Check routine bodies when they run, not now (they may use objects created later)
SET check_function_bodies = off;

-- Replace function public.greet(who text)
CREATE OR REPLACE FUNCTION public.greet(who text)
 RETURNS text
 LANGUAGE plpgsql
AS $function$
DECLARE
    greeting text := 'hi';
BEGIN
    IF who IS NULL THEN
        RAISE EXCEPTION 'who?';
    END IF;
    RETURN greeting || ' ' || who || '; semicolons; $dollar$ inside';
END;
$function$;
-- @reverse
-- Check routine bodies when they run, not now (they may use objects created later)
SET check_function_bodies = off;

-- Replace function public.greet(who text)
CREATE OR REPLACE FUNCTION public.greet(who text)
 RETURNS text
 LANGUAGE plpgsql
AS $function$
BEGIN
    RETURN 'hello ' || who;
END;
$function$;
