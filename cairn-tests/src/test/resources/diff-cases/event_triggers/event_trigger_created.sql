-- An event trigger with a tag filter, and its function: the trigger is created after the function and, back,
-- dropped before it.
-- @from
CREATE TABLE t (id int);
-- @to
CREATE TABLE t (id int);
CREATE FUNCTION note_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$BEGIN RAISE NOTICE 'ddl: %', tg_tag; END$$;
CREATE EVENT TRIGGER note_ddl_end ON ddl_command_end WHEN TAG IN ('CREATE TABLE', 'ALTER TABLE') EXECUTE FUNCTION note_ddl();
COMMENT ON EVENT TRIGGER note_ddl_end IS 'logs table DDL';
