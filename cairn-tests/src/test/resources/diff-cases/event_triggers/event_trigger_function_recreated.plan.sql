-- Golden plans of event_triggers/event_trigger_function_recreated.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Check routine bodies when they run, not now (they may use objects created later)
SET check_function_bodies = off;

-- Drop event trigger note_ddl_end
DROP EVENT TRIGGER note_ddl_end;

-- Drop function public.note_ddl()
DROP FUNCTION public.note_ddl();

-- Create function audit.note_ddl()
CREATE OR REPLACE FUNCTION audit.note_ddl()
 RETURNS event_trigger
 LANGUAGE plpgsql
AS $function$BEGIN RAISE NOTICE 'ddl: %', tg_tag; END$function$;

-- Create event trigger note_ddl_end
CREATE EVENT TRIGGER note_ddl_end ON ddl_command_end EXECUTE FUNCTION audit.note_ddl();
-- @reverse
-- Check routine bodies when they run, not now (they may use objects created later)
SET check_function_bodies = off;

-- Drop event trigger note_ddl_end
DROP EVENT TRIGGER note_ddl_end;

-- Drop function audit.note_ddl()
DROP FUNCTION audit.note_ddl();

-- Create function public.note_ddl()
CREATE OR REPLACE FUNCTION public.note_ddl()
 RETURNS event_trigger
 LANGUAGE plpgsql
AS $function$BEGIN RAISE NOTICE 'ddl: %', tg_tag; END$function$;

-- Create event trigger note_ddl_end
CREATE EVENT TRIGGER note_ddl_end ON ddl_command_end EXECUTE FUNCTION public.note_ddl();
