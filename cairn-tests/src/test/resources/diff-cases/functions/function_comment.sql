-- A function gains a comment.
-- @from
CREATE FUNCTION add_one(n integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT n + 1 $$;
-- @to
CREATE FUNCTION add_one(n integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT n + 1 $$;
COMMENT ON FUNCTION add_one(integer) IS 'adds one';
