-- SECURITY INVOKER → SECURITY DEFINER with a search_path setting.
-- @from
CREATE FUNCTION add_one(n integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT n + 1 $$;
-- @to
CREATE FUNCTION add_one(n integer) RETURNS integer LANGUAGE sql IMMUTABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$ SELECT n + 1 $$;
