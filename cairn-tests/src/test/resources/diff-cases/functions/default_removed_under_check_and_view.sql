-- A parameter default is removed (DROP + CREATE, not CREATE OR REPLACE) while a check constraint and a view call the function: they are dropped and recreated around it.
-- @expect-sql-contains DROP FUNCTION public.scale(n integer, f integer)
-- @from
CREATE FUNCTION scale(n integer, f integer DEFAULT 10) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT n * f $$;
CREATE TABLE t (id integer, n integer, CONSTRAINT t_scaled CHECK (scale(n, 2) < 1000));
CREATE VIEW tv AS SELECT id, scale(n, 3) AS big FROM t;
COMMENT ON CONSTRAINT t_scaled ON t IS 'bounded';
-- @to
CREATE FUNCTION scale(n integer, f integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT n * f $$;
CREATE TABLE t (id integer, n integer, CONSTRAINT t_scaled CHECK (scale(n, 2) < 1000));
CREATE VIEW tv AS SELECT id, scale(n, 3) AS big FROM t;
COMMENT ON CONSTRAINT t_scaled ON t IS 'bounded';
