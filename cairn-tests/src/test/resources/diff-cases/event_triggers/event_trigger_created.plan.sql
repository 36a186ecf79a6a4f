-- Golden plans of event_triggers/event_trigger_created.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Check routine bodies when they run, not now (they may use objects created later)
SET check_function_bodies = off;

-- Create function public.note_ddl()
CREATE OR REPLACE FUNCTION public.note_ddl()
 RETURNS event_trigger
 LANGUAGE plpgsql
AS $function$BEGIN RAISE NOTICE 'ddl: %', tg_tag; END$function$;

-- Create event trigger note_ddl_end
CREATE EVENT TRIGGER note_ddl_end ON ddl_command_end WHEN TAG IN ('ALTER TABLE', 'CREATE TABLE') EXECUTE FUNCTION public.note_ddl();

-- Comment on event trigger note_ddl_end
COMMENT ON EVENT TRIGGER note_ddl_end IS 'logs table DDL';
-- @reverse
-- Drop event trigger note_ddl_end
DROP EVENT TRIGGER note_ddl_end;

-- Drop function public.note_ddl()
DROP FUNCTION public.note_ddl();
