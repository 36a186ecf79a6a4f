-- Golden plans of event_triggers/event_trigger_refusing_ddl_created_last.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Check routine bodies when they run, not now (they may use objects created later)
SET check_function_bodies = off;

-- Create function public.no_ddl()
CREATE OR REPLACE FUNCTION public.no_ddl()
 RETURNS event_trigger
 LANGUAGE plpgsql
AS $function$BEGIN RAISE EXCEPTION 'no DDL: %', tg_tag; END$function$;

-- Create table public.t
CREATE TABLE public.t (
    id integer
);

-- Comment on table public.t
COMMENT ON TABLE public.t IS 'made before the lock-down';

-- Create event trigger no_ddl
CREATE EVENT TRIGGER no_ddl ON ddl_command_start EXECUTE FUNCTION public.no_ddl();

-- Comment on event trigger no_ddl
COMMENT ON EVENT TRIGGER no_ddl IS 'schema frozen';
-- @reverse
-- warning: DATA_LOSS public.t: table is dropped with all its rows
-- Drop event trigger no_ddl
DROP EVENT TRIGGER no_ddl;

-- Drop function public.no_ddl()
DROP FUNCTION public.no_ddl();

-- Drop table public.t [DATA LOSS]
DROP TABLE public.t;
