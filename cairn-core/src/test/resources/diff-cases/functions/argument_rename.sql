-- An argument name changes (CREATE OR REPLACE cannot rename inputs).
-- @known-failure renaming an input parameter: CREATE OR REPLACE is emitted before the DROP of the same identity (cannot change name of input parameter)
-- @from
CREATE FUNCTION add_one(n integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT n + 1 $$;
-- @to
CREATE FUNCTION add_one(x integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT x + 1 $$;
