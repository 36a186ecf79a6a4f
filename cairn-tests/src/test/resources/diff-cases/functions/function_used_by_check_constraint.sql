-- A function used in a check constraint changes its body (no drop needed, CREATE OR REPLACE).
-- @from
CREATE FUNCTION is_even(n integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT n % 2 = 0 $$;
CREATE TABLE t (n integer CHECK (is_even(n)));
-- @to
CREATE FUNCTION is_even(n integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT mod(n, 2) = 0 $$;
CREATE TABLE t (n integer CHECK (is_even(n)));
