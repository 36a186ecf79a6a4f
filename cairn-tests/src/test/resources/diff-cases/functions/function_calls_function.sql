-- A function calling another (plpgsql bodies are not dependency-tracked: order must still work).
-- @from
-- @to
CREATE FUNCTION a() RETURNS integer LANGUAGE plpgsql AS $$ BEGIN RETURN b() + 1; END $$;
CREATE FUNCTION b() RETURNS integer LANGUAGE plpgsql AS $$ BEGIN RETURN 41; END $$;
