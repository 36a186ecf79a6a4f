-- Golden plans of privileges/default_privileges_new_objects.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Check routine bodies when they run, not now (they may use objects created later)
SET check_function_bodies = off;

-- Revoke ALL on default privileges FUNCTIONS postgres from PUBLIC
ALTER DEFAULT PRIVILEGES FOR ROLE postgres REVOKE ALL ON FUNCTIONS FROM PUBLIC;

-- Revoke TRUNCATE on default privileges TABLES postgres from postgres
ALTER DEFAULT PRIVILEGES FOR ROLE postgres REVOKE TRUNCATE ON TABLES FROM postgres;

-- Grant INSERT on default privileges TABLES postgres to cairn_rt_reader
ALTER DEFAULT PRIVILEGES FOR ROLE postgres GRANT INSERT ON TABLES TO cairn_rt_reader;

-- Grant SELECT on default privileges TABLES postgres to cairn_rt_reader
ALTER DEFAULT PRIVILEGES FOR ROLE postgres GRANT SELECT ON TABLES TO cairn_rt_reader;

-- Create function public.f()
CREATE OR REPLACE FUNCTION public.f()
 RETURNS integer
 LANGUAGE sql
AS $function$SELECT 1$function$;

-- Create function public.g()
CREATE OR REPLACE FUNCTION public.g()
 RETURNS integer
 LANGUAGE sql
AS $function$SELECT 2$function$;

-- Create table public.narrow
CREATE TABLE public.narrow (
    id integer
);

-- Create table public.t
CREATE TABLE public.t (
    id integer
);

-- Revoke INSERT on table public.narrow from cairn_rt_reader
REVOKE INSERT ON TABLE public.narrow FROM cairn_rt_reader;

-- Grant EXECUTE on routine public.g() to PUBLIC
GRANT EXECUTE ON ROUTINE public.g() TO PUBLIC;

-- Grant INSERT on table public.keep to cairn_rt_reader
GRANT INSERT ON TABLE public.keep TO cairn_rt_reader;

-- Grant SELECT on table public.keep to cairn_rt_reader
GRANT SELECT ON TABLE public.keep TO cairn_rt_reader;

-- Revoke TRUNCATE on table public.keep from postgres
REVOKE TRUNCATE ON TABLE public.keep FROM postgres;

-- Grant SELECT on table public.narrow to cairn_rt_reader
GRANT SELECT ON TABLE public.narrow TO cairn_rt_reader;

-- Grant ALL on table public.narrow to CURRENT_USER
GRANT ALL ON TABLE public.narrow TO CURRENT_USER;

-- Revoke TRUNCATE on table public.narrow from CURRENT_USER
REVOKE TRUNCATE ON TABLE public.narrow FROM CURRENT_USER;

-- Grant INSERT on table public.t to cairn_rt_reader
GRANT INSERT ON TABLE public.t TO cairn_rt_reader;

-- Grant SELECT on table public.t to cairn_rt_reader
GRANT SELECT ON TABLE public.t TO cairn_rt_reader;

-- Grant ALL on table public.t to CURRENT_USER
GRANT ALL ON TABLE public.t TO CURRENT_USER;

-- Revoke TRUNCATE on table public.t from CURRENT_USER
REVOKE TRUNCATE ON TABLE public.t FROM CURRENT_USER;
-- @reverse
-- warning: DATA_LOSS public.narrow: table is dropped with all its rows
-- warning: DATA_LOSS public.t: table is dropped with all its rows
-- Drop function public.f()
DROP FUNCTION public.f();

-- Drop function public.g()
DROP FUNCTION public.g();

-- Drop table public.narrow [DATA LOSS]
DROP TABLE public.narrow;

-- Drop table public.t [DATA LOSS]
DROP TABLE public.t;

-- Grant ALL on default privileges FUNCTIONS postgres to PUBLIC
ALTER DEFAULT PRIVILEGES FOR ROLE postgres GRANT ALL ON FUNCTIONS TO PUBLIC;

-- Grant TRUNCATE on default privileges TABLES postgres to postgres
ALTER DEFAULT PRIVILEGES FOR ROLE postgres GRANT TRUNCATE ON TABLES TO postgres;

-- Revoke INSERT on default privileges TABLES postgres from cairn_rt_reader
ALTER DEFAULT PRIVILEGES FOR ROLE postgres REVOKE INSERT ON TABLES FROM cairn_rt_reader;

-- Revoke SELECT on default privileges TABLES postgres from cairn_rt_reader
ALTER DEFAULT PRIVILEGES FOR ROLE postgres REVOKE SELECT ON TABLES FROM cairn_rt_reader;

-- Revoke INSERT on table public.keep from cairn_rt_reader
REVOKE INSERT ON TABLE public.keep FROM cairn_rt_reader;

-- Revoke SELECT on table public.keep from cairn_rt_reader
REVOKE SELECT ON TABLE public.keep FROM cairn_rt_reader;

-- Grant ALL on table public.keep to postgres
GRANT ALL ON TABLE public.keep TO postgres;
