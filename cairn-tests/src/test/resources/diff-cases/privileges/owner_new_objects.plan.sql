-- Golden plans of privileges/owner_new_objects.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Check routine bodies when they run, not now (they may use objects created later)
SET check_function_bodies = off;

-- Create sequence public.s
CREATE SEQUENCE public.s;

-- Create function public.f()
CREATE OR REPLACE FUNCTION public.f()
 RETURNS integer
 LANGUAGE sql
AS $function$SELECT 1$function$;

-- Create table public.t
CREATE TABLE public.t (
    id integer
);

-- Revoke ALL on routine public.f() from CURRENT_USER
REVOKE ALL ON ROUTINE public.f() FROM CURRENT_USER;

-- Grant USAGE on sequence public.s to CURRENT_USER
GRANT USAGE ON SEQUENCE public.s TO CURRENT_USER WITH GRANT OPTION;

-- Revoke ALL on table public.t from CURRENT_USER
REVOKE ALL ON TABLE public.t FROM CURRENT_USER;
-- @reverse
-- warning: DATA_LOSS public.t: table is dropped with all its rows
-- Drop function public.f()
DROP FUNCTION public.f();

-- Drop table public.t [DATA LOSS]
DROP TABLE public.t;

-- Drop sequence public.s
DROP SEQUENCE public.s;
