-- The return type changes: CREATE OR REPLACE cannot, drop and create.
-- @from
CREATE FUNCTION add_one(n integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT n + 1 $$;
-- @to
CREATE FUNCTION add_one(n integer) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT n + 1 $$;
