-- A function of the same name and arguments becomes a procedure.
-- @known-failure function -> procedure of the same identity: CREATE OR REPLACE PROCEDURE comes before DROP FUNCTION (cannot change routine kind)
-- @from
CREATE FUNCTION work(n integer) RETURNS void LANGUAGE sql AS $$ SELECT $$;
-- @to
CREATE PROCEDURE work(n integer) LANGUAGE sql AS $$ SELECT $$;
