-- The function of an event trigger moves to another schema (a drop and a create): the trigger is dropped before the
-- old function and created again after the new one.
-- @from
CREATE SCHEMA audit;
CREATE FUNCTION public.note_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$BEGIN RAISE NOTICE 'ddl: %', tg_tag; END$$;
CREATE EVENT TRIGGER note_ddl_end ON ddl_command_end EXECUTE FUNCTION public.note_ddl();
-- @to
CREATE SCHEMA audit;
CREATE FUNCTION audit.note_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$BEGIN RAISE NOTICE 'ddl: %', tg_tag; END$$;
CREATE EVENT TRIGGER note_ddl_end ON ddl_command_end EXECUTE FUNCTION audit.note_ddl();
