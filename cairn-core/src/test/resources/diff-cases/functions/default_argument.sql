-- An argument gains a default.
-- @known-failure removing a parameter default needs DROP + CREATE, the plan uses CREATE OR REPLACE (cannot remove parameter defaults)
-- @from
CREATE FUNCTION scale(n integer, f integer) RETURNS integer LANGUAGE sql AS $$ SELECT n * f $$;
-- @to
CREATE FUNCTION scale(n integer, f integer DEFAULT 10) RETURNS integer LANGUAGE sql AS $$ SELECT n * f $$;
