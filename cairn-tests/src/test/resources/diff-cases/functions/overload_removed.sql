-- One of two overloads is removed.
-- @from
CREATE FUNCTION add_one(n integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT n + 1 $$;
CREATE FUNCTION add_one(n numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT n + 1 $$;
-- @to
CREATE FUNCTION add_one(n integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT n + 1 $$;
