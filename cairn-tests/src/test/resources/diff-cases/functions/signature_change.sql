-- An argument type changes: it is another function (drop old, create new).
-- @from
CREATE FUNCTION add_one(n integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT n + 1 $$;
-- @to
CREATE FUNCTION add_one(n bigint) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT n + 1 $$;
