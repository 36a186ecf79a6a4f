-- An argument gains a default.
-- @from
CREATE FUNCTION scale(n integer, f integer) RETURNS integer LANGUAGE sql AS $$ SELECT n * f $$;
-- @to
CREATE FUNCTION scale(n integer, f integer DEFAULT 10) RETURNS integer LANGUAGE sql AS $$ SELECT n * f $$;
