-- One event trigger is disabled (ALTER EVENT TRIGGER ... DISABLE), another gets another tag filter (dropped and
-- created again) and a third is enabled always.
-- @from
CREATE FUNCTION note_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$BEGIN RAISE NOTICE 'ddl: %', tg_tag; END$$;
CREATE EVENT TRIGGER a_note ON ddl_command_start EXECUTE FUNCTION note_ddl();
CREATE EVENT TRIGGER b_note ON ddl_command_end WHEN TAG IN ('CREATE TABLE') EXECUTE FUNCTION note_ddl();
CREATE EVENT TRIGGER c_note ON sql_drop EXECUTE FUNCTION note_ddl();
-- @to
CREATE FUNCTION note_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$BEGIN RAISE NOTICE 'ddl: %', tg_tag; END$$;
CREATE EVENT TRIGGER a_note ON ddl_command_start EXECUTE FUNCTION note_ddl();
ALTER EVENT TRIGGER a_note DISABLE;
CREATE EVENT TRIGGER b_note ON ddl_command_end WHEN TAG IN ('CREATE TABLE', 'DROP TABLE') EXECUTE FUNCTION note_ddl();
CREATE EVENT TRIGGER c_note ON sql_drop EXECUTE FUNCTION note_ddl();
ALTER EVENT TRIGGER c_note ENABLE ALWAYS;
