-- An event trigger that refuses every DDL statement, created with a table, its comment and its own comment: it is
-- created after every other statement of the plan (which it would otherwise refuse), its comment after it; back, it
-- is dropped first (event trigger DDL does not fire event triggers).
-- @from
-- @to
CREATE TABLE t (id int);
COMMENT ON TABLE t IS 'made before the lock-down';
CREATE FUNCTION no_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$BEGIN RAISE EXCEPTION 'no DDL: %', tg_tag; END$$;
CREATE EVENT TRIGGER no_ddl ON ddl_command_start EXECUTE FUNCTION no_ddl();
COMMENT ON EVENT TRIGGER no_ddl IS 'schema frozen';
