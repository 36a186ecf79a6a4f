-- A function of the same name and arguments becomes a procedure.
-- @from
CREATE FUNCTION work(n integer) RETURNS void LANGUAGE sql AS $$ SELECT $$;
-- @to
CREATE PROCEDURE work(n integer) LANGUAGE sql AS $$ SELECT $$;
